using System.Net;
using System.Text.Json.Nodes;
using ComplianceBot.Bot.Tests.ChannelTestSupport;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceBot.Bot.Tests.Channel.Inbound;

/// <summary>
/// Each way an inbound request can be forged or stale, against the production trust (Bot Framework's
/// issuer alone). Only the valid token is admitted; every rejection is 401/403 with an empty body, and
/// neither the handler, the store nor the Connector sees anything of it.
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
        // Tokens anyone in the tenant can mint (decision 112): Bot Framework's issuer alone is trusted.
        "tenant app-only token, v2 issuer",
        "tenant app-only token, v1 issuer",
        "employee's delegated token (scp)",
        "delegated token under the Bot Framework issuer",
        "Entra key under the Bot Framework issuer",
        // What the activity says, whoever signed it.
        "activity of another tenant",
        "activity of another tenant in channelData only",
        "Teams activity naming no tenant",
        "serviceUrl host outside the allow-list",
        "serviceUrl over http",
        "serviceUrl on a port of an allowed host",
        "another channel with its endorsed key",
    ];

    [Fact]
    public async Task PostMessages_ValidToken_IsAcceptedAndHandled()
    {
        var activity = ActivityJson.Message();
        var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityJson.Request(activity, factory.Issuer.CreateToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(factory.Handler.Received, received => received.Id == activity["id"]!.GetValue<string>());
        Assert.Contains(factory.Store.References, reference => reference.ConversationId == ConversationOf(activity));
        var reply = Assert.Single(factory.ConnectorCallsFor(ConversationOf(activity)));
        Assert.StartsWith(TestIssuer.ServiceUrl, reply.Uri.AbsoluteUri, StringComparison.Ordinal);
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
        Assert.Empty(factory.ConnectorCallsFor(ConversationOf(activity)));
    }

    // The token is bound to the activity's serviceUrl, as Bot Framework's would be: only the host rule refuses it.
    private HttpRequestMessage WithServiceUrl(JsonObject activity, string serviceUrl)
    {
        activity["serviceUrl"] = serviceUrl;
        return ActivityJson.Request(activity, factory.Issuer.CreateToken(spec => spec.ServiceUrl = serviceUrl));
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
            case "activity of another tenant":
                activity["conversation"]!["tenantId"] = "tenant-2";
                activity["channelData"]!["tenant"]!["id"] = "tenant-2";
                return ActivityJson.Request(activity, issuer.CreateToken());
            case "activity of another tenant in channelData only":
                activity["channelData"]!["tenant"]!["id"] = "tenant-2";
                return ActivityJson.Request(activity, issuer.CreateToken());
            case "Teams activity naming no tenant":
                activity["conversation"]!.AsObject().Remove("tenantId");
                activity["channelData"]!.AsObject().Remove("tenant");
                return ActivityJson.Request(activity, issuer.CreateToken());
            case "serviceUrl host outside the allow-list":
                return WithServiceUrl(activity, "https://attacker.example/teams/");
            case "serviceUrl over http":
                return WithServiceUrl(activity, TestIssuer.ServiceUrl.Replace("https://", "http://", StringComparison.Ordinal));
            case "serviceUrl on a port of an allowed host":
                return WithServiceUrl(activity, TestIssuer.ServiceUrl.Replace("smba.test", "smba.test:8443", StringComparison.Ordinal));
            case "another channel with its endorsed key":
                activity["channelId"] = "webchat";
                return ActivityJson.Request(activity, issuer.CreateToken(spec => spec.KeyId = TestIssuer.WebChatKeyId));
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
        "tenant app-only token, v2 issuer" => spec => spec.AsTenantAppToken(TestIssuer.TenantV2Issuer, TestIssuer.AllowedCallerAppId),
        "tenant app-only token, v1 issuer" => spec => spec.AsTenantAppToken(TestIssuer.TenantV1Issuer, TestIssuer.AllowedCallerAppId),
        "employee's delegated token (scp)" => spec => spec.AsTenantAppToken(TestIssuer.TenantV2Issuer, "teams-client").Claims["scp"] = "access_as_user",
        "delegated token under the Bot Framework issuer" => spec => spec.Claims["scp"] = "access_as_user",
        "Entra key under the Bot Framework issuer" => spec => spec.KeyId = TestIssuer.EntraKeyId,
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "unknown scenario"),
    };
}
