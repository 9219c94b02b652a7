using System.Diagnostics;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Channel.Outbound;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Tests.Channel.Outbound;

public sealed class ConnectorRateLimiterTests
{
    private static readonly ConversationAddress Conversation = new("https://smba.test/emea", "a:c", "tenant-1");

    [Fact]
    public async Task AcquireAsync_MoreThanTheConversationRate_WaitsForTheNextSecond()
    {
        using var limiter = new ConnectorRateLimiter(Options.Create(new TeamsOptions { ConversationMessagesPerSecond = 2 }));
        var clock = Stopwatch.StartNew();

        using (await limiter.AcquireAsync(Conversation, default))
        using (await limiter.AcquireAsync(Conversation, default))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(500), "the burst is immediate");
        }

        using var third = await limiter.AcquireAsync(Conversation, default);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(500), $"third waited only {clock.Elapsed}");
    }

    [Fact]
    public async Task AcquireAsync_OtherConversation_IsNotHeldBack()
    {
        using var limiter = new ConnectorRateLimiter(Options.Create(new TeamsOptions { ConversationMessagesPerSecond = 1 }));
        using var first = await limiter.AcquireAsync(Conversation, default);
        var clock = Stopwatch.StartNew();

        using var other = await limiter.AcquireAsync(Conversation with { ConversationId = "a:other" }, default);

        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(500), $"other conversation waited {clock.Elapsed}");
    }

    [Fact]
    public async Task AcquireAsync_MoreThanTheTenantRate_WaitsAcrossConversations()
    {
        using var limiter = new ConnectorRateLimiter(Options.Create(new TeamsOptions { TenantRequestsPerSecond = 1 }));
        using var first = await limiter.AcquireAsync(Conversation, default);
        var clock = Stopwatch.StartNew();

        using var second = await limiter.AcquireAsync(Conversation with { ConversationId = "a:other" }, default);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(500), $"second waited only {clock.Elapsed}");
    }
}
