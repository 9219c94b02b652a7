using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Channel.Inbound;
using ComplianceBot.Bot.Tests.ChannelTestSupport;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Bot.Tests.Features.Reports;
using ComplianceBot.Domain.Conversations;

namespace ComplianceBot.Bot.Tests.Channel.Inbound;

/// <summary>Each rule of decision 114, and the shapes Teams and the Agents Playground send, which must all pass.</summary>
public sealed class ActivityShapeTests
{
    private static readonly TeamsUser User = new("aad-1", "29:user-1", "Test User", "a:conversation-1");

    public static TheoryData<string, string> SentByTeamsOrPlayground() => new()
    {
        { "text message", ActivityJson.Message().ToJsonString() },
        { "message with empty text", With(ActivityJson.Message(), a => a["text"] = "").ToJsonString() },
        { "adaptiveCard/action", ActivityJson.Invoke().ToJsonString() },
        { "Action.Execute", ReportActivities.Execute(User, "report.start", new() { ["mode"] = "anonymous" }).ToJsonString() },
        { "Action.Submit", ReportActivities.Submit(User, "menu", []).ToJsonString() },
        { "attachment only", With(ActivityJson.Message(), a => { a.Remove("text"); a["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/*", ["contentUrl"] = "https://x.test/i" }); }).ToJsonString() },
        { "conversationUpdate", Playground("conversationUpdate", a => a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-id-0" }, new JsonObject { ["id"] = "bot-id" })).ToJsonString() },
        { "installationUpdate", Playground("installationUpdate", a => a["action"] = "add").ToJsonString() },
        { "typing", Playground("typing", _ => { }).ToJsonString() },
        { "typing without from or id", Playground("typing", a => { a.Remove("from"); a.Remove("id"); }).ToJsonString() },
        { "messageReaction", Playground("messageReaction", a => a["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" })).ToJsonString() },
        { "task/fetch", Invoke("task/fetch", new JsonObject { ["data"] = new JsonObject { ["type"] = "task/fetch" } }).ToJsonString() },
        { "composeExtension/query", Invoke("composeExtension/query", new JsonObject { ["commandId"] = "search", ["parameters"] = new JsonArray() }).ToJsonString() },
        { "signin/verifyState without value", Invoke("signin/verifyState", null).ToJsonString() },
        { "an unknown type", Playground("someFutureType", _ => { }).ToJsonString() },
        { "Cyrillic and emoji escaped", With(ActivityJson.Message(), a => a["value"] = new JsonObject { ["x"] = "мәзір 🎁" }).ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default }) },
        { "locale with underscore", With(ActivityJson.Message(), a => a["locale"] = "kk_KZ").ToJsonString() },
        { "no locale", With(ActivityJson.Message(), a => a.Remove("locale")).ToJsonString() },
    };

    [Theory]
    [MemberData(nameof(SentByTeamsOrPlayground))]
    public void Problem_ShapeTeamsOrThePlaygroundSends_IsNull(string shape, string json)
    {
        Assert.True(ActivityShape.Problem(Read(json)) is null, shape);
    }

    [Fact]
    public void Problem_TestActivitiesOfTheConversationTests_AreWellFormed()
    {
        Activity[] activities =
        [
            TestActivities.Text("menu"), TestActivities.Submit(new { verb = "menu" }), TestActivities.Execute("menu", new { verb = "menu" }),
            TestActivities.Base(ActivityTypes.InstallationUpdate), TestActivities.Base(ActivityTypes.ConversationUpdate, channelId: "webchat"),
        ];

        Assert.All(activities, activity => Assert.Null(ActivityShape.Problem(activity)));
    }

    [Theory]
    [InlineData("type", "type is missing")]
    [InlineData("channelId", "channelId is missing")]
    [InlineData("serviceUrl", "serviceUrl is missing")]
    [InlineData("conversation", "conversation.id is missing")]
    [InlineData("recipient", "recipient.id is missing")]
    [InlineData("from", "from.id is missing")]
    public void Problem_RequiredFieldMissing_NamesIt(string field, string expected)
    {
        var activity = ActivityJson.Message();
        activity.Remove(field);

        Assert.Equal(expected, ActivityShape.Problem(Read(activity)));
    }

    [Theory]
    [InlineData("conversation")]
    [InlineData("recipient")]
    [InlineData("from")]
    public void Problem_AccountWithoutId_IsRefused(string field)
    {
        var activity = ActivityJson.Message();
        activity[field]!.AsObject().Remove("id");

        Assert.Equal($"{field}.id is missing", ActivityShape.Problem(Read(activity)));
    }

    [Theory]
    [InlineData("message")]
    [InlineData("invoke")]
    [InlineData("conversationUpdate")]
    [InlineData("installationUpdate")]
    public void Problem_TypeActedOnForItsSenderWithoutFrom_IsRefused(string type)
    {
        var activity = ActivityJson.Invoke();
        activity["type"] = type;
        activity.Remove("from");

        Assert.Equal("from.id is missing", ActivityShape.Problem(Read(activity)));
    }

    [Theory]
    [InlineData("ftp://smba.test/emea/")]
    [InlineData("/relative/path")]
    [InlineData("not a url")]
    [InlineData("file:///etc/passwd")]
    public void Problem_ServiceUrlNotAbsoluteHttp_IsRefused(string serviceUrl)
    {
        var activity = ActivityJson.Message();
        activity["serviceUrl"] = serviceUrl;

        Assert.Equal("serviceUrl is not an absolute http(s) URL", ActivityShape.Problem(Read(activity)));
    }

    [Theory]
    [InlineData("id", "a\u0000b", "id has a control character")]
    [InlineData("id", "line\nbreak", "id has a control character")]
    [InlineData("id", "   ", "id is blank")]
    [InlineData("channelId", "ms\u0085teams", "channelId has a control character")]
    [InlineData("channelId", "", "channelId is blank")]
    [InlineData("type", "\u007f", "type has a control character")]
    [InlineData("replyToId", "\t", "replyToId is blank")]
    public void Problem_IdBlankOrWithControlCharacter_IsRefused(string field, string value, string expected)
    {
        var activity = ActivityJson.Message();
        activity[field] = value;

        Assert.Equal(expected, ActivityShape.Problem(Read(activity)));
    }

    [Theory]
    [InlineData("id", 200)]
    [InlineData("channelId", 200)]
    [InlineData("conversation.id", 400)]
    [InlineData("from.id", 400)]
    [InlineData("from.aadObjectId", 400)]
    [InlineData("recipient.id", 400)]
    [InlineData("conversation.tenantId", 400)]
    [InlineData("type", 100)]
    public void Problem_IdLongerThanItsColumn_IsRefusedAndAtTheLimitAccepted(string path, int limit)
    {
        var atLimit = ActivityJson.Message();
        Set(atLimit, path, new string('x', limit));
        var over = ActivityJson.Message();
        Set(over, path, new string('x', limit + 1));

        Assert.DoesNotContain("longer", ActivityShape.Problem(Read(atLimit)) ?? "", StringComparison.Ordinal);
        Assert.Equal($"{(path == "conversation.tenantId" ? "tenant id" : path)} is longer than {limit}", ActivityShape.Problem(Read(over)));
    }

    [Fact]
    public void Problem_TenantIdInChannelDataTooLong_IsRefused()
    {
        var activity = ActivityJson.Message();
        activity["conversation"]!.AsObject().Remove("tenantId");
        activity["channelData"]!["tenant"]!["id"] = new string('t', 401);

        Assert.Equal("tenant id is longer than 400", ActivityShape.Problem(Read(activity)));
    }

    [Fact]
    public void Problem_ServiceUrlLongerThanItsColumn_IsRefused()
    {
        var activity = ActivityJson.Message();
        activity["serviceUrl"] = "https://smba.test/" + new string('a', 500);

        Assert.Equal("serviceUrl is longer than 500", ActivityShape.Problem(Read(activity)));
    }

    [Theory]
    [InlineData("en-US", true)]
    [InlineData("kk", true)]
    [InlineData("zh-Hant-TW-x-private1", false)]
    [InlineData("en US", false)]
    [InlineData("<script>", false)]
    public void Problem_Locale_AcceptedOnlyAsAShortLanguageTag(string locale, bool accepted)
    {
        var activity = ActivityJson.Message();
        activity["locale"] = locale;

        Assert.Equal(accepted ? null : "locale is not a language tag", ActivityShape.Problem(Read(activity)));
    }

    [Fact]
    public void Problem_TextOverTheLimit_IsRefused()
    {
        var activity = ActivityJson.Message(text: new string('a', ActivityShape.TextMaxLength + 1));

        Assert.Equal("text is too long", ActivityShape.Problem(Read(activity)));
    }

    [Fact]
    public void Problem_MessageWithNothingToActOn_IsRefused()
    {
        var activity = ActivityJson.Message();
        activity.Remove("text");
        activity["attachments"] = new JsonArray();

        Assert.Equal("message has no text, value or attachments", ActivityShape.Problem(Read(activity)));
    }

    [Theory]
    [InlineData(null, "invoke name is missing")]
    [InlineData("", "invoke name is blank")]
    public void Problem_InvokeWithoutName_IsRefused(string? name, string expected)
    {
        var activity = ActivityJson.Invoke();
        activity["name"] = name;

        Assert.Equal(expected, ActivityShape.Problem(Read(activity)));
    }

    [Theory]
    [InlineData("\"x\"")]
    [InlineData("5")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"action\":\"Action.Execute\"}")]
    [InlineData("{\"action\":null}")]
    public void Problem_AdaptiveCardActionWithoutActionObject_IsRefused(string value)
    {
        var activity = ActivityJson.Invoke();
        activity["value"] = JsonNode.Parse(value);

        Assert.Equal("adaptiveCard/action without a value.action object", ActivityShape.Problem(Read(activity)));
    }

    [Fact]
    public void Problem_AdaptiveCardActionWithoutValue_IsRefused()
    {
        var activity = ActivityJson.Invoke();
        activity.Remove("value");

        Assert.Equal("adaptiveCard/action without a value.action object", ActivityShape.Problem(Read(activity)));
    }

    [Theory]
    [InlineData("5", false)]
    [InlineData("{\"v\":1}", false)]
    [InlineData("null", true)]
    [InlineData("\"report.start\"", true)]
    public void Problem_AdaptiveCardActionVerb_MustBeAStringWhenPresent(string verb, bool accepted)
    {
        var activity = ActivityJson.Invoke();
        activity["value"]!["action"]!["verb"] = JsonNode.Parse(verb);

        Assert.Equal(accepted ? null : "value.action.verb is not a string", ActivityShape.Problem(Read(activity)));
    }

    [Theory]
    [InlineData("membersAdded")]
    [InlineData("membersRemoved")]
    [InlineData("attachments")]
    public void Problem_ListWithNullEntry_IsRefused(string field)
    {
        var activity = ActivityJson.Message();
        activity["type"] = "conversationUpdate";
        activity[field] = new JsonArray((JsonNode?)null);

        Assert.Equal($"{field} has a null entry", ActivityShape.Problem(Read(activity)));
    }

    [Theory]
    [InlineData("value")]
    [InlineData("channelData")]
    [InlineData("futureField")]
    [InlineData("entities")]
    [InlineData("from")]
    [InlineData("conversation")]
    [InlineData("membersAdded")]
    [InlineData("attachments")]
    public void Problem_LoneSurrogateEscapedInAnUntypedPart_IsRefused(string where)
    {
        var json = Read(Encoding.UTF8.GetBytes(Escaped(where, "\"x\\ud800y\"")));

        Assert.Equal("a JSON string is not valid UTF-8 or UTF-16", ActivityShape.Problem(json));
    }

    [Theory]
    [InlineData("\"\\udc00\"")]
    [InlineData("\"\\ud800\\ud800\"")]
    [InlineData("[\"ok\", {\"deep\": [\"\\udfff\"]}]")]
    public void Problem_LoneSurrogateAnywhereInValue_IsRefused(string value)
    {
        var activity = Read(Encoding.UTF8.GetBytes(Escaped("value", value)));

        Assert.Equal("a JSON string is not valid UTF-8 or UTF-16", ActivityShape.Problem(activity));
    }

    [Fact]
    public void Problem_LoneSurrogateInAPropertyNameOfValue_IsRefused()
    {
        var activity = Read(Encoding.UTF8.GetBytes(Escaped("value", "{\"a\\ud800\": 1}")));

        Assert.Equal("a JSON string is not valid UTF-8 or UTF-16", ActivityShape.Problem(activity));
    }

    // The fuzz's find: value.action and channelData.tenant are looked up by name, which decodes every name on the way.
    [Theory]
    [InlineData("value")]
    [InlineData("channelData")]
    public void Problem_LoneSurrogateInAPropertyNameWhereTheCheckLooksUp_IsRefusedNotThrown(string where)
    {
        var activity = ActivityJson.Invoke();
        activity[where] = "@@";
        var json = activity.ToJsonString().Replace("\"@@\"", "{\"a\\ud800\": [1], \"0\": []}", StringComparison.Ordinal);

        Assert.Equal("a JSON string is not valid UTF-8 or UTF-16", ActivityShape.Problem(Read(json)));
    }

    [Fact]
    public void Problem_InvalidUtf8InValue_IsRefused()
    {
        var json = Escaped("value", "\"a#b\"");
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xFF;

        Assert.Equal("a JSON string is not valid UTF-8 or UTF-16", ActivityShape.Problem(Read(bytes)));
    }

    [Fact]
    public void Problem_PairedSurrogatesEscaped_IsNull()
    {
        var activity = Read(Encoding.UTF8.GetBytes(Escaped("value", "{\"gift\\ud83c\\udf81\": \"\\ud83c\\udf81 \\u05e9\\u05dc\\u05d5\\u05dd\"}")));

        Assert.Null(ActivityShape.Problem(activity));
    }

    // The registers hold what the channel keeps: the limits above are theirs, so a change on one side is seen here.
    [Fact]
    public void Limits_MatchTheRegistersColumns()
    {
        Assert.Equal(ProcessedActivity.IdMaxLength, ActivityShape.ActivityIdMaxLength);
        Assert.Equal(ConversationReference.IdMaxLength, ActivityShape.AccountIdMaxLength);
        Assert.Equal(ConversationReference.ServiceUrlMaxLength, ActivityShape.ServiceUrlMaxLength);
    }

    private static JsonObject With(JsonObject activity, Action<JsonObject> change)
    {
        change(activity);
        return activity;
    }

    private static JsonObject Playground(string type, Action<JsonObject> change)
    {
        var activity = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["timestamp"] = "2026-11-25T10:00:00.000Z",
            ["channelId"] = "msteams",
            ["serviceUrl"] = "http://localhost:56150/_connector",
            ["recipient"] = new JsonObject { ["id"] = "bot-id", ["name"] = "ComplianceBot" },
            ["conversation"] = new JsonObject { ["id"] = "personal-chat-id", ["conversationType"] = "personal", ["tenantId"] = "tenant-id" },
            ["from"] = new JsonObject { ["id"] = "user-id-0", ["name"] = "Alex Wilber", ["aadObjectId"] = "aad-user-0" },
            ["deliveryMode"] = "normal",
            ["type"] = type,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-id" }, ["source"] = new JsonObject { ["name"] = "message" } },
            ["entities"] = new JsonArray(new JsonObject { ["locale"] = "en-US", ["type"] = "clientInfo" }),
            ["locale"] = "en-US",
        };
        change(activity);
        return activity;
    }

    private static JsonObject Invoke(string name, JsonNode? value) => Playground("invoke", a =>
    {
        a["name"] = name;
        if (value is not null)
        {
            a["value"] = value;
        }
    });

    private static void Set(JsonObject activity, string path, string value)
    {
        var parts = path.Split('.');
        var node = parts.Length == 1 ? activity : activity[parts[0]]!.AsObject();
        node[parts[^1]] = value;
    }

    /// <summary>A message whose <paramref name="where"/> holds <paramref name="json"/> verbatim (escapes kept as written).</summary>
    private static string Escaped(string where, string json)
    {
        var activity = ActivityJson.Message();
        activity["type"] = "conversationUpdate";
        activity[where] = where switch
        {
            "value" or "futureField" => "@@",
            "channelData" or "from" or "conversation" => With(activity[where]!.DeepClone().AsObject(), o => o["extra"] = "@@"),
            "entities" => new JsonArray("@@"),
            "membersAdded" => new JsonArray(new JsonObject { ["id"] = "m", ["extra"] = "@@" }),
            _ => new JsonArray(new JsonObject { ["contentType"] = "x", ["content"] = "@@" }),
        };
        return activity.ToJsonString().Replace("\"@@\"", json, StringComparison.Ordinal);
    }

    private static Activity Read(JsonObject activity) => Read(activity.ToJsonString());

    private static Activity Read(string json) => JsonSerializer.Deserialize<Activity>(json, ChannelJson.Options)!;

    private static Activity Read(byte[] json) => JsonSerializer.Deserialize<Activity>(json, ChannelJson.Options)!;
}
