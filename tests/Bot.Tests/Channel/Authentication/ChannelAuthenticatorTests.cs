using System.Text.Json;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Channel.Authentication;
using ComplianceBot.Bot.Tests.ChannelTestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceBot.Bot.Tests.Channel.Authentication;

/// <summary>The authenticator alone, so each rejection is pinned to its own reason, not a neighbour's.</summary>
public sealed class ChannelAuthenticatorTests : IDisposable
{
    private readonly TestIssuer issuer = new();
    private readonly ChannelAuthenticator authenticator;

    public ChannelAuthenticatorTests()
    {
        var options = Options.Create(new TeamsOptions { AppId = TestIssuer.AppId, RequireHttpsMetadata = false, BotFrameworkMetadataUrl = TestIssuer.MetadataUrl });
        var ring = new SigningKeyRing(new SingleClientFactory(issuer.CreateHandler()), options, TimeProvider.System, NullLogger<SigningKeyRing>.Instance);
        authenticator = new ChannelAuthenticator(ring, options, NullLogger<ChannelAuthenticator>.Instance);
    }

    [Fact]
    public async Task AuthenticateAsync_ValidToken_Succeeds()
    {
        var outcome = await Authenticate(issuer.CreateToken());

        Assert.True(outcome.Succeeded, outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyEndorsedForAnotherChannel_IsForbiddenForEndorsement()
    {
        var outcome = await Authenticate(issuer.CreateToken(spec => spec.KeyId = TestIssuer.WebChatKeyId));

        Assert.Equal(403, outcome.StatusCode);
        Assert.Equal("key not endorsed for the channel", outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyEndorsedForAnotherChannel_IsAcceptedForThatChannel()
    {
        var activity = Activity();
        activity.ChannelId = "webchat";

        var outcome = await Authenticate(issuer.CreateToken(spec => spec.KeyId = TestIssuer.WebChatKeyId), activity);

        Assert.True(outcome.Succeeded, outcome.Reason);
    }

    [Theory]
    [InlineData("mismatch", "serviceurl claim mismatch")]
    [InlineData("missing", "serviceurl claim missing")]
    public async Task AuthenticateAsync_ServiceUrlClaimWrong_IsForbidden(string variant, string reason)
    {
        var token = issuer.CreateToken(spec => spec.ServiceUrl = variant == "missing" ? null : "https://elsewhere.test/");

        var outcome = await Authenticate(token);

        Assert.Equal(403, outcome.StatusCode);
        Assert.Equal(reason, outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyByTrailingSlash_Succeeds()
    {
        var outcome = await Authenticate(issuer.CreateToken(spec => spec.ServiceUrl = TestIssuer.ServiceUrl.TrimEnd('/')));

        Assert.True(outcome.Succeeded, outcome.Reason);
    }

    [Theory]
    // The library reports a disallowed algorithm as a signature no trusted key/algorithm verifies;
    // the RS384 token is otherwise valid (right key), so this pins the RS256-only rule.
    [InlineData(SecurityAlgorithms.RsaSha384, "SecurityTokenInvalidSignatureException")]
    [InlineData("none", "SecurityTokenInvalidSignatureException")]
    [InlineData(SecurityAlgorithms.HmacSha256, "SecurityTokenInvalidSignatureException")]
    public async Task AuthenticateAsync_AlgorithmOtherThanRs256_IsUnauthorized(string algorithm, string reason)
    {
        var outcome = await Authenticate(issuer.CreateToken(spec => spec.Algorithm = algorithm));

        Assert.Equal(401, outcome.StatusCode);
        Assert.Equal(reason, outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_NoExpiry_IsUnauthorized()
    {
        var outcome = await Authenticate(issuer.CreateToken(spec => spec.Expires = null));

        Assert.Equal(401, outcome.StatusCode);
        Assert.Equal("SecurityTokenNoExpirationException", outcome.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinSkew_Succeeds()
    {
        var outcome = await Authenticate(issuer.CreateToken(spec => (spec.NotBefore, spec.Expires) = (DateTimeOffset.UtcNow.AddMinutes(-30), DateTimeOffset.UtcNow.AddMinutes(-4))));

        Assert.True(outcome.Succeeded, outcome.Reason);
    }

    // The validation parameters are made once per key set and shared: a refused token must not change
    // how the next one is judged.
    [Fact]
    public async Task AuthenticateAsync_TokensInTurn_EachJudgedOnItsOwn()
    {
        var first = await Authenticate(issuer.CreateToken());
        var expired = await Authenticate(issuer.CreateToken(spec => (spec.NotBefore, spec.Expires) = (DateTimeOffset.UtcNow.AddHours(-2), DateTimeOffset.UtcNow.AddHours(-1))));
        var wrongAudience = await Authenticate(issuer.CreateToken(spec => spec.Audience = "someone-else"));
        var last = await Authenticate(issuer.CreateToken());

        Assert.True(first.Succeeded, first.Reason);
        Assert.Equal(401, expired.StatusCode);
        Assert.Equal(401, wrongAudience.StatusCode);
        Assert.True(last.Succeeded, last.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_UnpublishedKey_IsUnauthorizedAndRefreshesMetadata()
    {
        var outcome = await Authenticate(issuer.CreateToken(spec => spec.KeyId = TestIssuer.UnpublishedKeyId));

        Assert.Equal(401, outcome.StatusCode);
        Assert.Equal("SecurityTokenSignatureKeyNotFoundException", outcome.Reason);
    }

    [Fact]
    public void ChannelSigningKey_JwkWithEndorsements_ReadsThem()
    {
        var key = new JsonWebKey(JsonSerializer.Serialize(new { kty = "RSA", kid = "k", n = "AQAB", e = "AQAB", endorsements = new[] { "msteams", "skype" } }));

        var signingKey = ChannelSigningKey.From(key);

        Assert.True(signingKey.IsEndorsedFor("msteams"));
        Assert.False(signingKey.IsEndorsedFor("webchat"));
    }

    // A Bot Framework key that names no channel vouches for none (decision 112).
    [Fact]
    public void ChannelSigningKey_JwkWithoutEndorsements_IsEndorsedForNoChannel()
    {
        var key = new JsonWebKey(JsonSerializer.Serialize(new { kty = "RSA", kid = "k", n = "AQAB", e = "AQAB" }));

        Assert.False(ChannelSigningKey.From(key).IsEndorsedFor("msteams"));
    }

    // The first step needs no activity: it runs before a turn slot is taken or the body is read.
    [Fact]
    public async Task ValidateTokenAsync_ForgedToken_IsRefusedFromTheHeaderAlone()
    {
        var check = await authenticator.ValidateTokenAsync("Bearer " + issuer.CreateToken(spec => spec.Audience = "another-bot"), default);

        Assert.Null(check.Token);
        Assert.Equal(401, check.Outcome.StatusCode);
    }

    [Fact]
    public async Task ValidateTokenAsync_UntrustedIssuer_IsUnauthorizedBeforeAnyKeyIsTried()
    {
        var check = await authenticator.ValidateTokenAsync("Bearer " + issuer.CreateToken(spec => spec.Issuer = TestIssuer.TenantV2Issuer), default);

        Assert.Equal(401, check.Outcome.StatusCode);
        Assert.Equal("issuer not trusted", check.Outcome.Reason);
    }

    public void Dispose() => issuer.Dispose();

    private Task<AuthenticationOutcome> Authenticate(string token) => Authenticate(token, Activity());

    private async Task<AuthenticationOutcome> Authenticate(string token, Activity activity)
    {
        var check = await authenticator.ValidateTokenAsync("Bearer " + token, default);
        return check.Token is null ? check.Outcome : authenticator.CheckBinding(check.Token, activity);
    }

    private static Activity Activity() => new() { Type = "message", Id = "1", ChannelId = "msteams", ServiceUrl = TestIssuer.ServiceUrl };
}
