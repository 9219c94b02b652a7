using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Integration;

namespace ComplianceBot.Bot.Tests.Integration;

public sealed class RecentConversationReferencesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Remember_TwoPeopleOnTheSameService_KeepOneCopyOfWhatTheyShare()
    {
        var recent = new RecentConversationReferences();

        recent.Remember(Reference("29:a", "a:conv-a"), Now, Now);
        recent.Remember(Reference("29:b", "a:conv-b"), Now, Now);

        var a = recent.Find("29:a")!;
        var b = recent.Find("29:b")!;
        Assert.Same(a.ServiceUrl, b.ServiceUrl);
        Assert.Same(a.ChannelId, b.ChannelId);
        Assert.Same(a.TenantId, b.TenantId);
        Assert.Same(a.BotId, b.BotId);
        Assert.Same(a.Locale, b.Locale);
        Assert.Same(a.ConversationType, b.ConversationType);
        Assert.Equal("a:conv-b", b.ConversationId);
    }

    [Fact]
    public void IsCurrent_AfterCompaction_ComparesByValue()
    {
        var recent = new RecentConversationReferences();
        recent.Remember(Reference("29:a", "a:conv-a"), Now, Now);

        Assert.True(recent.IsCurrent(Reference("29:a", "a:conv-a"), Now.AddSeconds(5), TimeSpan.FromHours(1)));
        Assert.False(recent.IsCurrent(Reference("29:a", "a:conv-a") with { Locale = "kk-KZ" }, Now.AddSeconds(5), TimeSpan.FromHours(1)));
        Assert.False(recent.IsCurrent(Reference("29:a", "a:conv-other"), Now.AddSeconds(5), TimeSpan.FromHours(1)));
    }

    // Every value a fresh string, as each activity's JSON brings its own copies.
    private static ConversationReferenceData Reference(string userId, string conversationId) => new(
        Fresh("msteams"),
        Fresh("https://smba.trafficmanager.net/emea/"),
        conversationId,
        Fresh("personal"),
        Fresh("tenant-1"),
        userId,
        Fresh("00000000-0000-0000-0000-000000000001"),
        Fresh("28:bot"),
        Fresh("ru-RU"));

    private static string Fresh(string value) => new(value.AsSpan());
}
