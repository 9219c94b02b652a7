using System.Net;
using System.Text.Json.Nodes;
using ComplianceBot.Bot.Tests.ChannelTestSupport;

namespace ComplianceBot.Bot.Tests.Channel.Inbound;

/// <summary>
/// With the bot's own Entra tenant configured as a second issuer (decision 112), its tokens get in
/// only as a named caller of that tenant, bound to the serviceUrl, never as a user; and each
/// issuer's keys verify that issuer's tokens alone.
/// </summary>
public sealed class MessagesTenantIssuerTests : IClassFixture<TenantIssuerAppFactory>
{
    private readonly TenantIssuerAppFactory factory;

    public MessagesTenantIssuerTests(TenantIssuerAppFactory factory)
    {
        this.factory = factory;
    }

    public static TheoryData<string> Rejections() =>
    [
        "another app's token, v2 issuer (azp)",
        "another app's token, v1 issuer (appid)",
        "allowed caller's delegated token (scp)",
        "employee's Teams SSO token",
        "user token of the allowed caller without scp",
        "allowed caller of another tenant",
        "allowed caller without a tenant",
        "allowed caller without a serviceurl claim",
        "channel key used under the tenant issuer",
        "Entra key used under the Bot Framework issuer",
        "v2 token claiming the v1 issuer's name with a channel key",
    ];

    [Theory]
    [InlineData(TestIssuer.TenantV2Issuer)]
    [InlineData(TestIssuer.TenantV1Issuer)]
    public async Task PostMessages_AllowedCallerOfTheTenant_IsAccepted(string issuer)
    {
        var activity = ActivityJson.Message();
        activity["conversation"]!["id"] = "a:" + Guid.NewGuid().ToString("N");
        var token = factory.Issuer.CreateToken(spec => spec.AsTenantAppToken(issuer, TestIssuer.AllowedCallerAppId));

        using var response = await factory.CreateClient().SendAsync(ActivityJson.Request(activity, token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(factory.Handler.Received, received => received.Id == activity["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostMessages_BotFrameworkToken_IsStillAccepted()
    {
        var activity = ActivityJson.Message();

        using var response = await factory.CreateClient().SendAsync(ActivityJson.Request(activity, factory.Issuer.CreateToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task PostMessages_TokenNotTheChannels_IsRejectedWithoutTrace(string scenario)
    {
        var activity = ActivityJson.Message();
        var conversationId = "a:" + Guid.NewGuid().ToString("N");
        activity["conversation"]!["id"] = conversationId;

        using var response = await factory.CreateClient().SendAsync(ActivityJson.Request(activity, factory.Issuer.CreateToken(Customize(scenario))));

        Assert.True(
            response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
            $"{scenario}: got {(int)response.StatusCode}");
        Assert.DoesNotContain(factory.Handler.Received, received => received.Id == activity["id"]!.GetValue<string>());
        Assert.DoesNotContain(factory.Store.References, reference => reference.ConversationId == conversationId);
        Assert.Empty(factory.ConnectorCallsFor(conversationId));
    }

    private static Action<TokenSpec> Customize(string scenario) => scenario switch
    {
        "another app's token, v2 issuer (azp)" => spec => spec.AsTenantAppToken(TestIssuer.TenantV2Issuer, "22222222-some-other-app"),
        "another app's token, v1 issuer (appid)" => spec => spec.AsTenantAppToken(TestIssuer.TenantV1Issuer, "22222222-some-other-app"),
        "allowed caller's delegated token (scp)" => spec => spec.AsTenantAppToken(TestIssuer.TenantV2Issuer, TestIssuer.AllowedCallerAppId).Claims["scp"] = "access_as_user",
        "employee's Teams SSO token" => spec =>
        {
            spec.AsTenantAppToken(TestIssuer.TenantV2Issuer, "5e3ce6c0-2b1f-4285-8d4b-75ee78787346");
            spec.Claims["scp"] = "access_as_user";
            spec.Claims["oid"] = "aad-user-1";
        },
        "user token of the allowed caller without scp" => spec =>
        {
            spec.AsTenantAppToken(TestIssuer.TenantV2Issuer, TestIssuer.AllowedCallerAppId).Claims.Remove("idtyp");
            spec.Claims["oid"] = "aad-user-1";
            spec.Claims["sub"] = "pairwise-subject-of-the-user";
        },
        "allowed caller of another tenant" => spec => spec.AsTenantAppToken(TestIssuer.TenantV2Issuer, TestIssuer.AllowedCallerAppId, tenantId: "tenant-2"),
        "allowed caller without a tenant" => spec => spec.AsTenantAppToken(TestIssuer.TenantV2Issuer, TestIssuer.AllowedCallerAppId).Claims.Remove("tid"),
        "allowed caller without a serviceurl claim" => spec => spec.AsTenantAppToken(TestIssuer.TenantV2Issuer, TestIssuer.AllowedCallerAppId).ServiceUrl = null,
        "channel key used under the tenant issuer" => spec => spec.AsTenantAppToken(TestIssuer.TenantV2Issuer, TestIssuer.AllowedCallerAppId).KeyId = TestIssuer.TeamsKeyId,
        "Entra key used under the Bot Framework issuer" => spec => spec.KeyId = TestIssuer.EntraKeyId,
        "v2 token claiming the v1 issuer's name with a channel key" => spec => spec.AsTenantAppToken(TestIssuer.TenantV1Issuer, TestIssuer.AllowedCallerAppId).KeyId = TestIssuer.WebChatKeyId,
        _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "unknown scenario"),
    };
}
