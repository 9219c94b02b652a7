using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ComplianceBot.Bot.Tests.Features.Reports;

namespace ComplianceBot.Bot.Tests.Channel.Inbound;

/// <summary>
/// Issue 15 through the real host: a malformed activity is answered 400 with an empty body before any handler runs,
/// and leaves no row anywhere (no de-duplication row, no conversation reference, no register row).
/// </summary>
public sealed class MalformedActivityEndpointTests(RawActivityHost host) : IClassFixture<RawActivityHost>
{
    private static readonly TeamsUser User = new("aad-shape-1", "29:shape-user-1", "Shape User", "a:shape-conversation-1");

    public static TheoryData<string> Malformed() =>
    [
        "no conversation",
        "no serviceUrl",
        "lone surrogate in the card's data",
        "lone surrogate in channelData",
        "lone surrogate in a property name of an adaptiveCard/action value",
        "invalid UTF-8 in the card's data",
        "conversation is a number",
        "value is a string on adaptiveCard/action",
        "no from on a message",
        "id with a NUL",
        "conversation id longer than the register's column",
        "null member in membersAdded",
    ];

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task PostMessages_MalformedActivity_Returns400AndStoresNothing(string shape)
    {
        var before = await host.RowCountsAsync();
        var replies = host.Connector.Replies.Count;

        using var response = await host.PostAsync(Body(shape));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await host.RowCountsAsync());
        Assert.Equal(replies, host.Connector.Replies.Count);
    }

    // The control of the test above: the same request well-formed is acted on and leaves its rows.
    [Fact]
    public async Task PostMessages_WellFormedCardAction_Returns200AndStoresItsRows()
    {
        var before = await host.RowCountsAsync();

        using var response = await host.PostAsync(Encoding.UTF8.GetBytes(Submit().ToJsonString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await host.RowCountsAsync();
        Assert.Equal(before["ProcessedActivities"] + 1, after["ProcessedActivities"]);
        Assert.Equal(before["ConversationReferences"] + 1, after["ConversationReferences"]);
    }

    [Theory]
    [InlineData("task/fetch")]
    [InlineData("composeExtension/query")]
    [InlineData("signin/verifyState")]
    public async Task PostMessages_InvokeTheBotDoesNotImplement_Returns501(string name)
    {
        var activity = ReportActivities.Execute(User, "menu", []);
        activity["name"] = name;
        activity["value"] = new JsonObject { ["commandId"] = "x" };
        var failures = host.Failures().Count;

        using var response = await host.PostAsync(Encoding.UTF8.GetBytes(activity.ToJsonString()));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal(failures, host.Failures().Count);
    }

    private static JsonObject Submit() =>
        ReportActivities.Submit(User with { ChannelId = "29:" + Guid.NewGuid().ToString("N"), AadObjectId = Guid.NewGuid().ToString() }, "menu", []);

    private static byte[] Body(string shape)
    {
        var activity = Submit();
        var execute = ReportActivities.Execute(User, "report.start", new() { ["mode"] = "named" });
        switch (shape)
        {
            case "no conversation":
                activity.Remove("conversation");
                break;
            case "no serviceUrl":
                activity.Remove("serviceUrl");
                break;
            case "lone surrogate in the card's data":
                activity["value"]!["description"] = "~LS~";
                break;
            case "lone surrogate in channelData":
                activity["channelData"]!["note"] = "~LS~";
                break;
            case "lone surrogate in a property name of an adaptiveCard/action value":
                execute["value"] = new JsonObject { ["a" + RawJson.LoneSurrogate] = 1 };
                activity = execute;
                break;
            case "invalid UTF-8 in the card's data":
                activity["value"]!["description"] = "~BAD~";
                break;
            case "conversation is a number":
                activity["conversation"] = 5;
                break;
            case "value is a string on adaptiveCard/action":
                execute["value"] = "x";
                activity = execute;
                break;
            case "no from on a message":
                activity.Remove("from");
                break;
            case "id with a NUL":
                activity["id"] = "id\u0000";
                break;
            case "conversation id longer than the register's column":
                activity["conversation"]!["id"] = "a:" + new string('c', 400);
                break;
            case "null member in membersAdded":
                activity["type"] = "conversationUpdate";
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" }, null);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(shape), shape, "unknown shape");
        }

        return RawJson.Bytes(activity.ToJsonString());
    }
}
