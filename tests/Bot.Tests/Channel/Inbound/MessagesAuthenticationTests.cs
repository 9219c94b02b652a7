using System.Net;
using System.Text.Json.Nodes;
using ComplianceBot.Bot.Tests.ChannelTestSupport;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceBot.Bot.Tests.Channel.Inbound;

/// <summary>
/// Each way an inbound request can be forged or stale. Only the valid token is admitted; every
/// rejection is 401/403 with an empty body, and neither the handler nor the store sees anything.
/// </summary>
public sealed class MessagesAuthenticationTests : IClassFixture<ChannelAppFactory>
{
    private readonly ChannelAppFactory factory;

    public MessagesAuthenticationTests(ChannelAppFactory factory)
    {
        this.factory = factory;
    }

    public static TheoryData<string> Rejections() =>
    [
        "no Authorization header",
        "alg none",
        "HS256 signed with the public key",
        "expired",
        "not yet valid",
        "no exp claim",
        "wrong audience",
        "wrong issuer",
        "unknown key",
        "key not endorsed for msteams",
        "empty channelId",
        "missing channelId",
        "RS384",
        "serviceurl claim mismatched",
        "serviceurl claim missing",
        "not a bearer scheme",
        "garbage token",
        "empty bearer token",
        "oversized token",
    ];

    [Fact]
    public async Task PostMessages_ValidToken_IsAcceptedAndHandled()
    {
        var activity = ActivityJson.Message();
        var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityJson.Request(activity, factory.Issuer.CreateToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(factory.Handler.Received, received => received.Id == activity["id"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task PostMessages_InvalidRequest_IsRejectedWithoutTrace(string scenario)
    {
        var activity = ActivityJson.Message();
        var request = BuildRequest(scenario, activity);
        var client = factory.CreateClient();
        var id = activity["id"]!.GetValue<string>();

        using var response = await client.SendAsync(request);

        Assert.True(
            response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
            $"{scenario}: got {(int)response.StatusCode}");
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(factory.Handler.Received, received => received.Id == id);
        Assert.DoesNotContain(factory.Store.References, reference => reference.ConversationId == ConversationOf(activity));
    }

    private static string ConversationOf(JsonObject activity) => activity["conversation"]!["id"]!.GetValue<string>();

    private HttpRequestMessage BuildRequest(string scenario, JsonObject activity)
    {
        // A fresh conversation id per case, so "no reference stored" is checked per request.
        activity["conversation"]!["id"] = "a:" + Guid.NewGuid().ToString("N");
        var issuer = factory.Issuer;
        switch (scenario)
        {
            case "no Authorization header":
                return ActivityJson.Request(activity, null);
            case "empty channelId":
                activity["channelId"] = "";
                return ActivityJson.Request(activity, issuer.CreateToken());
            case "missing channelId":
                activity.Remove("channelId");
                return ActivityJson.Request(activity, issuer.CreateToken());
            case "not a bearer scheme":
                var basic = ActivityJson.Request(activity, null);
                basic.Headers.TryAddWithoutValidation("Authorization", "Basic " + issuer.CreateToken());
                return basic;
            case "garbage token":
                return ActivityJson.Request(activity, "not.a.jwt");
            case "empty bearer token":
                var empty = ActivityJson.Request(activity, null);
                empty.Headers.TryAddWithoutValidation("Authorization", "Bearer ");
                return empty;
            case "oversized token":
                return ActivityJson.Request(activity, new string('a', 300_000));
        }

        return ActivityJson.Request(activity, issuer.CreateToken(Customize(scenario)));
    }

    private static Action<TokenSpec> Customize(string scenario) => scenario switch
    {
        "alg none" => spec => spec.Algorithm = "none",
        "HS256 signed with the public key" => spec => spec.Algorithm = SecurityAlgorithms.HmacSha256,
        "expired" => spec => (spec.NotBefore, spec.Expires) = (DateTimeOffset.UtcNow.AddHours(-2), DateTimeOffset.UtcNow.AddMinutes(-6)),
        "not yet valid" => spec => (spec.NotBefore, spec.Expires) = (DateTimeOffset.UtcNow.AddMinutes(6), DateTimeOffset.UtcNow.AddHours(1)),
        "no exp claim" => spec => spec.Expires = null,
        "wrong audience" => spec => spec.Audience = "some-other-bot",
        "wrong issuer" => spec => spec.Issuer = "https://attacker.example",
        "unknown key" => spec => spec.KeyId = TestIssuer.UnpublishedKeyId,
        "key not endorsed for msteams" => spec => spec.KeyId = TestIssuer.WebChatKeyId,
        "RS384" => spec => spec.Algorithm = SecurityAlgorithms.RsaSha384,
        "serviceurl claim mismatched" => spec => spec.ServiceUrl = "https://attacker.example/teams/",
        "serviceurl claim missing" => spec => spec.ServiceUrl = null,
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "unknown scenario"),
    };
}
