using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Channel.Authentication;
using ComplianceBot.Bot.Tests.ChannelTestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Channel.Authentication;

/// <summary>Which document may vouch for which issuer, and what a source that is down costs (decision 112).</summary>
public sealed class SigningKeyRingTests : IDisposable
{
    private readonly TestIssuer issuer = new();
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);

    // The relay's key is endorsed for msteams and its document names Bot Framework's issuer: only being
    // configured as the channel's own document would make its keys the channel's.
    [Fact]
    public async Task ValidateTokenAsync_OtherDocumentNamingTheChannelIssuer_ItsKeysDoNotCount()
    {
        var token = "Bearer " + issuer.CreateToken(spec => spec.KeyId = TestIssuer.EntraKeyId);
        var asOtherIssuer = Authenticator(TestIssuer.MetadataUrl, TestIssuer.RelayMetadataUrl);
        var asChannel = Authenticator(TestIssuer.RelayMetadataUrl);

        var refused = await asOtherIssuer.ValidateTokenAsync(token, default);
        var control = await asChannel.ValidateTokenAsync(token, default);

        Assert.Equal(401, refused.Outcome.StatusCode);
        Assert.True(control.Outcome.Succeeded, control.Outcome.Reason);
    }

    [Fact]
    public async Task ValidateTokenAsync_ChannelDocumentNamingAnotherIssuer_VouchesForNothing()
    {
        var authenticator = Authenticator(TestIssuer.TenantV2MetadataUrl);
        var token = "Bearer " + issuer.CreateToken(spec => spec.AsTenantAppToken(TestIssuer.TenantV2Issuer, TestIssuer.AllowedCallerAppId));

        var check = await authenticator.ValidateTokenAsync(token, default);

        Assert.Equal("issuer not trusted", check.Outcome.Reason);
    }

    [Fact]
    public async Task ValidateTokenAsync_SourceThatNeverLoaded_IsTriedAgainOnlyAfter30Seconds()
    {
        var authenticator = Authenticator(TestIssuer.MetadataUrl, TestIssuer.DeadMetadataUrl);
        var token = "Bearer " + issuer.CreateToken();

        var first = await authenticator.ValidateTokenAsync(token, default);
        var afterFirst = issuer.Fetches(TestIssuer.DeadMetadataUrl);
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await authenticator.ValidateTokenAsync(token, default)).Outcome.Succeeded);
        }

        var withinTheWait = issuer.Fetches(TestIssuer.DeadMetadataUrl);
        time.Advance(TimeSpan.FromSeconds(31));
        await authenticator.ValidateTokenAsync(token, default);

        Assert.True(first.Outcome.Succeeded, first.Outcome.Reason);
        Assert.True(afterFirst > 0);
        Assert.Equal(afterFirst, withinTheWait);
        Assert.True(issuer.Fetches(TestIssuer.DeadMetadataUrl) > withinTheWait);
    }

    public void Dispose() => issuer.Dispose();

    private ChannelAuthenticator Authenticator(string channelMetadataUrl, params string[] otherMetadataUrls)
    {
        var options = Options.Create(new TeamsOptions
        {
            AppId = TestIssuer.AppId,
            TenantId = TestIssuer.TenantId,
            RequireHttpsMetadata = false,
            BotFrameworkMetadataUrl = channelMetadataUrl,
        });
        foreach (var url in otherMetadataUrls)
        {
            options.Value.OpenIdMetadataUrls.Add(url);
        }

        options.Value.AllowedCallerAppIds.Add(TestIssuer.AllowedCallerAppId);
        var ring = new SigningKeyRing(new SingleClientFactory(issuer.CreateHandler()), options, time, NullLogger<SigningKeyRing>.Instance);
        return new ChannelAuthenticator(ring, options, NullLogger<ChannelAuthenticator>.Instance);
    }
}
