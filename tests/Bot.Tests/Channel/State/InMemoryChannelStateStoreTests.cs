using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Channel.State;

namespace ComplianceBot.Bot.Tests.Channel.State;

public sealed class InMemoryChannelStateStoreTests
{
    private readonly InMemoryChannelStateStore store = new();

    [Fact]
    public async Task TryMarkProcessedAsync_SameIdAfterAGenerationRotates_IsStillADuplicate()
    {
        Assert.True(await store.TryMarkProcessedAsync("msteams", "first", default));
        for (var i = 0; i < InMemoryChannelStateStore.GenerationSize + 10; i++)
        {
            await store.TryMarkProcessedAsync("msteams", "filler-" + i, default);
        }

        Assert.False(await store.TryMarkProcessedAsync("msteams", "first", default));
        Assert.True(await store.TryMarkProcessedAsync("webchat", "first", default));
    }

    [Fact]
    public async Task ReleaseProcessedAsync_MarkedId_CanBeMarkedAgain()
    {
        await store.TryMarkProcessedAsync("msteams", "a", default);

        await store.ReleaseProcessedAsync("msteams", "a", default);

        Assert.True(await store.TryMarkProcessedAsync("msteams", "a", default));
    }

    [Fact]
    public async Task SaveConversationReferenceAsync_BlockedConversation_KnowsServiceUrlAndUnblocks()
    {
        await store.MarkBlockedAsync("a:c", default);

        await store.SaveConversationReferenceAsync(new ConversationReferenceData("msteams", "https://smba.test/emea", "a:c", "personal", "t", "29:u", null, "28:b", "kk-KZ"), default);

        Assert.True(await store.IsKnownServiceUrlAsync("https://smba.test/emea", default));
        Assert.False(await store.IsKnownServiceUrlAsync("https://other.test", default));
        Assert.Empty(store.BlockedConversations);
        Assert.Single(store.References);
    }
}
