using Azure.Core;
using ComplianceBot.Bot.Channel.Outbound;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Channel.Outbound;

public sealed class ConnectorTokenProviderTests
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2026-11-25T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task GetTokenAsync_TokenStillFresh_IsServedFromCache()
    {
        var credential = new CountingCredential(time);
        using var provider = new ConnectorTokenProvider(credential, time);

        var first = await provider.GetTokenAsync(default);
        time.Advance(TimeSpan.FromMinutes(50));
        var second = await provider.GetTokenAsync(default);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", second);
        Assert.Equal(1, credential.Calls);
        Assert.Equal([ConnectorTokenProvider.Scope], credential.Scopes);
    }

    [Fact]
    public async Task GetTokenAsync_TokenNearExpiry_IsRefreshed()
    {
        var credential = new CountingCredential(time);
        using var provider = new ConnectorTokenProvider(credential, time);

        await provider.GetTokenAsync(default);
        time.Advance(TimeSpan.FromMinutes(56));
        var refreshed = await provider.GetTokenAsync(default);

        Assert.Equal("token-2", refreshed);
        Assert.Equal(2, credential.Calls);
    }

    [Fact]
    public async Task GetTokenAsync_NoCredential_ReturnsNull()
    {
        using var provider = new ConnectorTokenProvider(null, time);

        Assert.Null(await provider.GetTokenAsync(default));
    }

    private sealed class CountingCredential(TimeProvider time) : TokenCredential
    {
        public int Calls { get; private set; }

        public string[] Scopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The provider must use the async path.");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Calls++;
            Scopes = requestContext.Scopes;
            return ValueTask.FromResult(new AccessToken($"token-{Calls}", time.GetUtcNow().AddHours(1)));
        }
    }
}
