using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Channel.State;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Operations.Health;
using ComplianceBot.Bot.Operations.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Integration;

public sealed class RegistersChannelStateStoreTests
{
    [Fact]
    public async Task TryMarkProcessed_SameActivityTwice_OnlyTheFirstIsActedOn()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();

        var first = await services.WithScopeAsync(sp => sp.GetRequiredService<RegistersChannelStateStore>().TryMarkProcessedAsync("msteams", "a-1", default));
        var second = await services.WithScopeAsync(sp => sp.GetRequiredService<RegistersChannelStateStore>().TryMarkProcessedAsync("msteams", "a-1", default));
        var other = await services.WithScopeAsync(sp => sp.GetRequiredService<RegistersChannelStateStore>().TryMarkProcessedAsync("msteams", "a-2", default));

        Assert.True(first);
        Assert.False(second);
        Assert.True(other);
    }

    [Fact]
    public async Task ReleaseProcessed_AfterAFailedTurn_LetsTheRedeliveryBeActedOn()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();
        await services.WithScopeAsync(sp => sp.GetRequiredService<RegistersChannelStateStore>().TryMarkProcessedAsync("msteams", "a-1", default));

        await services.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<RegistersChannelStateStore>().ReleaseProcessedAsync("msteams", "a-1", default);
            return true;
        });

        Assert.True(await services.WithScopeAsync(sp => sp.GetRequiredService<RegistersChannelStateStore>().TryMarkProcessedAsync("msteams", "a-1", default)));
    }

    [Fact]
    public async Task SaveConversationReference_PersonalChat_IsStoredAndItsServiceUrlTrusted()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();
        var reference = new ConversationReferenceData("msteams", "https://smba.example.test/emea", "chat-1", "personal", "tenant-1", "29:u1", "aad-1", "28:bot", "kk-KZ");

        await Save(services, reference);
        await Save(services, reference with { ConversationId = "chat-2", Locale = "ru-RU" });

        var stored = await services.WithDbAsync(db => db.ConversationReferences.AsNoTracking().SingleAsync());
        Assert.Equal(("29:u1", "aad-1", "chat-2", "ru-RU"), (stored.UserId, stored.AadObjectId, stored.ConversationId, stored.Locale));
        Assert.True(await services.WithScopeAsync(sp => sp.GetRequiredService<RegistersChannelStateStore>().IsKnownServiceUrlAsync("https://smba.example.test/emea", default)));
        Assert.False(await services.WithScopeAsync(sp => sp.GetRequiredService<RegistersChannelStateStore>().IsKnownServiceUrlAsync("https://attacker.example.test", default)));
    }

    [Fact]
    public async Task SaveConversationReference_GroupChat_IsNotAPersonsProactiveAddress()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();

        await Save(services, new ConversationReferenceData("msteams", "https://smba.example.test/emea", "group-1", "groupChat", "tenant-1", "29:u1", "aad-1", null, null));

        Assert.Equal(0, await services.WithDbAsync(db => db.ConversationReferences.CountAsync()));
    }

    [Fact]
    public async Task MarkBlocked_ThenAnActivityFromThePerson_UnblocksThem()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();
        var reference = new ConversationReferenceData("msteams", "https://smba.example.test/emea", "chat-1", "personal", "tenant-1", "29:u1", "aad-1", null, null);
        await Save(services, reference);

        await services.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<RegistersChannelStateStore>().MarkBlockedAsync("chat-1", default);
            return true;
        });
        var blocked = await services.WithDbAsync(db => db.ConversationReferences.AsNoTracking().SingleAsync());
        await Save(services, reference);
        var back = await services.WithDbAsync(db => db.ConversationReferences.AsNoTracking().SingleAsync());

        Assert.NotNull(blocked.BlockedAt);
        Assert.Null(back.BlockedAt);
    }

    private static Task<bool> Save(RegistersTestServices services, ConversationReferenceData reference) =>
        services.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<RegistersChannelStateStore>().SaveConversationReferenceAsync(reference, default);
            return true;
        });

    [Fact]
    public async Task Janitor_IdsOlderThanRetention_AreForgottenAndNewerKept()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();
        await services.WithScopeAsync(sp => sp.GetRequiredService<RegistersChannelStateStore>().TryMarkProcessedAsync("msteams", "old", default));
        services.Time.Advance(ProcessedActivityJanitor.Retention + TimeSpan.FromMinutes(1));
        await services.WithScopeAsync(sp => sp.GetRequiredService<RegistersChannelStateStore>().TryMarkProcessedAsync("msteams", "new", default));
        var janitor = ActivatorUtilities.CreateInstance<ProcessedActivityJanitor>(services.Provider);

        var purged = await janitor.PurgeAsync(default);

        Assert.Equal(1, purged);
        Assert.Equal(["new"], await services.WithDbAsync(db => db.ProcessedActivities.Select(p => p.ActivityId).ToListAsync()));
    }

    [Fact]
    public async Task SaveConversationReference_SameChatAgainWithinTheHour_WritesNothingButLaterRefreshes()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();
        var reference = new ConversationReferenceData("msteams", "https://smba.example.test/emea", "chat-1", "personal", "tenant-1", "29:u1", "aad-1", null, "en-US");
        await Save(services, reference);
        var first = await services.WithDbAsync(db => db.ConversationReferences.AsNoTracking().SingleAsync());

        services.Time.Advance(TimeSpan.FromMinutes(10));
        await Save(services, reference);
        var unchanged = await services.WithDbAsync(db => db.ConversationReferences.AsNoTracking().SingleAsync());
        services.Time.Advance(TimeSpan.FromHours(1));
        await Save(services, reference);
        var refreshed = await services.WithDbAsync(db => db.ConversationReferences.AsNoTracking().SingleAsync());

        Assert.Equal(first.UpdatedAt, unchanged.UpdatedAt);
        Assert.True(refreshed.UpdatedAt > first.UpdatedAt);
    }
}
