using ComplianceBot.Domain.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Outbox;

public sealed class OutboxStoreTests : RegisterTestBase
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    // Design decision 8: several instances claim at once; no row is handed to two of them.
    [Fact]
    public async Task ClaimDueAsync_TwoContextsConcurrently_NoRowClaimedTwice()
    {
        await EnqueueAsync(40);
        await using var first = Database.CreateContext();
        await using var second = Database.CreateContext();

        var claims = await Task.WhenAll(
            Task.Run(() => ClaimAllAsync(new OutboxStore(first, World.Time), "instance-1")),
            Task.Run(() => ClaimAllAsync(new OutboxStore(second, World.Time), "instance-2")));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(40, all.Count);
        Assert.Equal(40, all.Distinct().Count());
    }

    [Fact]
    public async Task ClaimDueAsync_LeaseExpired_RowCanBeClaimedAgain()
    {
        await EnqueueAsync(1);
        await using var db = Database.CreateContext();
        var store = new OutboxStore(db, World.Time);
        Assert.Single(await store.ClaimDueAsync("a", 10, Lease, default));
        Assert.Empty(await store.ClaimDueAsync("b", 10, Lease, default));

        World.Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var again = await store.ClaimDueAsync("b", 10, Lease, default);

        Assert.Equal(2, again.Single().Attempts);
        Assert.False(await store.MarkDeliveredAsync(again[0].Id, "a", null, default));
    }

    [Fact]
    public async Task ScheduleRetryAsync_ThenDeliver_UpdatesStats()
    {
        await EnqueueAsync(2);
        await using var db = Database.CreateContext();
        var store = new OutboxStore(db, World.Time);
        var claimed = await store.ClaimDueAsync("a", 10, Lease, default);

        Assert.True(await store.ScheduleRetryAsync(claimed[0].Id, "a", World.Clock.Now.AddMinutes(5), "429 Retry-After 300", default));
        Assert.True(await store.MarkFailedAsync(claimed[1].Id, "a", "404 user gone", default));
        Assert.Empty(await store.ClaimDueAsync("a", 10, Lease, default));
        Assert.Equal(new OutboxStats(1, World.Clock.Now), await store.GetStatsAsync(default));

        World.Time.Advance(TimeSpan.FromMinutes(5));
        var retry = Assert.Single(await store.ClaimDueAsync("a", 10, Lease, default));
        Assert.True(await store.MarkDeliveredAsync(retry.Id, "a", "activity-id-1", default));
        Assert.Equal(new OutboxStats(0, null), await store.GetStatsAsync(default));
    }

    [Fact]
    public async Task SaveChangesAsync_SameIdempotencyKeyTwice_IsRefused()
    {
        await using var db = Database.CreateContext();
        db.OutboxMessages.Add(OutboxMessage.Create("officer-card", "officer-a", "{}", "gift:1:officer-card", World.Clock.Now));
        db.OutboxMessages.Add(OutboxMessage.Create("officer-card", "officer-a", "{}", "gift:1:officer-card", World.Clock.Now));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private async Task EnqueueAsync(int count)
    {
        await using var db = Database.CreateContext();
        for (var i = 0; i < count; i++)
        {
            db.OutboxMessages.Add(OutboxMessage.Create("officer-card", "officer-a", "{\"n\":" + i + "}", $"key-{i}", World.Clock.Now));
        }

        await db.SaveChangesAsync();
    }

    private static async Task<List<Guid>> ClaimAllAsync(OutboxStore store, string owner)
    {
        var ids = new List<Guid>();
        while (true)
        {
            var batch = await store.ClaimDueAsync(owner, 3, Lease, default);
            if (batch.Count == 0)
            {
                return ids;
            }

            ids.AddRange(batch.Select(m => m.Id));
        }
    }
}
