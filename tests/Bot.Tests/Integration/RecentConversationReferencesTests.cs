using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Channel.State;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Operations.Health;
using ComplianceBot.Bot.Operations.Telemetry;

namespace ComplianceBot.Bot.Tests.Integration;

public sealed class RecentConversationReferencesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public void IsCurrent_SameValuesInFreshStrings_True()
    {
        var recent = new RecentConversationReferences();
        recent.Remember(Reference("29:a", "a:conv-a"), Now, Now);

        Assert.True(recent.IsCurrent(Reference("29:a", "a:conv-a"), Now.AddSeconds(5), Hour));
    }

    public static TheoryData<string> Fields => new(
        nameof(ConversationReferenceData.ChannelId), nameof(ConversationReferenceData.ServiceUrl), nameof(ConversationReferenceData.ConversationId),
        nameof(ConversationReferenceData.ConversationType), nameof(ConversationReferenceData.TenantId), nameof(ConversationReferenceData.AadObjectId),
        nameof(ConversationReferenceData.BotId), nameof(ConversationReferenceData.Locale));

    [Theory]
    [MemberData(nameof(Fields))]
    public void IsCurrent_AnyFieldChanged_False(string field)
    {
        var recent = new RecentConversationReferences();
        var original = Reference("29:a", "a:conv-a");
        recent.Remember(original, Now, Now);

        Assert.False(recent.IsCurrent(Changed(original, field, "x"), Now.AddSeconds(5), Hour));
        Assert.False(recent.IsCurrent(Changed(original, field, null), Now.AddSeconds(5), Hour));
    }

    // Moving characters from one field to the next is a different reference.
    [Fact]
    public void IsCurrent_CharactersMovedBetweenFields_False()
    {
        var recent = new RecentConversationReferences();
        var original = Reference("29:a", "a:conv-a") with { BotId = "28:bot", Locale = "ru-RU" };
        recent.Remember(original, Now, Now);

        Assert.False(recent.IsCurrent(original with { BotId = "28:botr", Locale = "u-RU" }, Now.AddSeconds(5), Hour));
        Assert.False(recent.IsCurrent(original with { AadObjectId = "" }, Now.AddSeconds(5), Hour));
    }

    [Fact]
    public void IsCurrent_LongConversationId_ComparesByValue()
    {
        var recent = new RecentConversationReferences();
        var longId = "a:" + new string('c', 2_000);
        recent.Remember(Reference("29:a", longId), Now, Now);

        Assert.True(recent.IsCurrent(Reference("29:a", longId), Now.AddSeconds(5), Hour));
        Assert.False(recent.IsCurrent(Reference("29:a", longId + "d"), Now.AddSeconds(5), Hour));
    }

    [Fact]
    public void IsCurrent_PastTheTtlOrTheRefresh_False()
    {
        var recent = new RecentConversationReferences();
        recent.Remember(Reference("29:a", "a:conv-a"), Now.AddSeconds(-3_570), Now);

        Assert.True(recent.IsCurrent(Reference("29:a", "a:conv-a"), Now.AddSeconds(20), Hour));
        Assert.False(recent.IsCurrent(Reference("29:a", "a:conv-a"), Now.AddSeconds(40), Hour)); // written an hour ago: refresh
        Assert.False(recent.IsCurrent(Reference("29:a", "a:conv-a"), Now + RecentConversationReferences.Ttl, TimeSpan.FromDays(1)));
        Assert.True(recent.IsCurrent(Reference("29:a", "a:conv-a"), Now.AddSeconds(59), TimeSpan.FromDays(1)));
    }

    [Fact]
    public void Remember_AtMaxEntries_StartsAfreshWithTheNewOne()
    {
        var recent = new RecentConversationReferences();
        for (var i = 0; i < RecentConversationReferences.MaxEntries; i++)
        {
            recent.Remember(Reference("29:" + i, "a:conv-" + i), Now, Now);
        }

        recent.Remember(Reference("29:new", "a:conv-new"), Now, Now);

        Assert.Equal(1, recent.Count);
        Assert.True(recent.IsCurrent(Reference("29:new", "a:conv-new"), Now, Hour));
        Assert.False(recent.IsCurrent(Reference("29:0", "a:conv-0"), Now, Hour));
    }

    [Fact]
    public void Clear_ThenTheSameReference_NotCurrent()
    {
        var recent = new RecentConversationReferences();
        recent.Remember(Reference("29:a", "a:conv-a"), Now, Now);

        recent.Clear();

        Assert.False(recent.IsCurrent(Reference("29:a", "a:conv-a"), Now, Hour));
        Assert.Equal(0, recent.Count);
    }

    private static ConversationReferenceData Changed(ConversationReferenceData reference, string field, string? value) => field switch
    {
        nameof(ConversationReferenceData.ChannelId) => reference with { ChannelId = value ?? "" },
        nameof(ConversationReferenceData.ServiceUrl) => reference with { ServiceUrl = value ?? "" },
        nameof(ConversationReferenceData.ConversationId) => reference with { ConversationId = value ?? "" },
        nameof(ConversationReferenceData.ConversationType) => reference with { ConversationType = value },
        nameof(ConversationReferenceData.TenantId) => reference with { TenantId = value },
        nameof(ConversationReferenceData.AadObjectId) => reference with { AadObjectId = value },
        nameof(ConversationReferenceData.BotId) => reference with { BotId = value },
        nameof(ConversationReferenceData.Locale) => reference with { Locale = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    // Every value a fresh string, as each activity's JSON brings its own copies.
    private static ConversationReferenceData Reference(string userId, string conversationId) => new(
        Fresh("msteams"),
        Fresh("https://smba.trafficmanager.net/emea/"),
        Fresh(conversationId),
        Fresh("personal"),
        Fresh("tenant-1"),
        Fresh(userId),
        Fresh("00000000-0000-0000-0000-000000000001"),
        Fresh("28:bot"),
        Fresh("ru-RU"));

    private static string Fresh(string value) => new(value.AsSpan());
}
