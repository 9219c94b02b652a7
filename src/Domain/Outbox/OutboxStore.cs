using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Outbox;

/// <summary>
/// Leases and settles outbox rows. Every statement is conditioned on the lease, so several
/// instances can run the worker at once without delivering a row twice (design.md, decision 8).
/// </summary>
public sealed class OutboxStore(RegistersDbContext db, TimeProvider time)
{
    /// <summary>Leases up to <paramref name="max"/> due rows for <paramref name="owner"/>; each row is claimed by one UPDATE that only succeeds while its lease is free.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(string owner, int max, TimeSpan lease, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var now = time.GetUtcNow();
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.DeliveredAt == null && m.FailedAt == null && m.NextAttemptAt <= now
                && (m.LeaseExpiresAt == null || m.LeaseExpiresAt < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(max)
            .ToListAsync(ct);

        var claimed = new List<Guid>();
        var expires = now + lease;
        foreach (var id in candidates)
        {
            var rows = await db.OutboxMessages
                .Where(m => m.Id == id && m.DeliveredAt == null && m.FailedAt == null
                    && (m.LeaseExpiresAt == null || m.LeaseExpiresAt < now))
                .ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.LeaseOwner, owner)
                        .SetProperty(m => m.LeaseExpiresAt, expires)
                        .SetProperty(m => m.Attempts, m => m.Attempts + 1),
                    ct);
            if (rows == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed.Count == 0
            ? []
            : await db.OutboxMessages.AsNoTracking().Where(m => claimed.Contains(m.Id)).OrderBy(m => m.NextAttemptAt).ToListAsync(ct);
    }

    /// <summary>Records delivery; false when the lease was lost (another instance owns the row now).</summary>
    public async Task<bool> MarkDeliveredAsync(Guid id, string owner, string? result, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return await Leased(id, owner).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.DeliveredAt, now).SetProperty(m => m.Result, result)
                .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseExpiresAt, (DateTimeOffset?)null),
            ct) == 1;
    }

    public async Task<bool> ScheduleRetryAsync(Guid id, string owner, DateTimeOffset nextAttemptAt, string error, CancellationToken ct)
    {
        var trimmed = Trim(error);
        return await Leased(id, owner).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.NextAttemptAt, nextAttemptAt.ToUniversalTime()).SetProperty(m => m.LastError, trimmed)
                .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseExpiresAt, (DateTimeOffset?)null),
            ct) == 1;
    }

    public async Task<bool> MarkFailedAsync(Guid id, string owner, string error, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var trimmed = Trim(error);
        return await Leased(id, owner).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.FailedAt, now).SetProperty(m => m.LastError, trimmed)
                .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseExpiresAt, (DateTimeOffset?)null),
            ct) == 1;
    }

    public async Task<OutboxStats> GetStatsAsync(CancellationToken ct)
    {
        var pending = db.OutboxMessages.AsNoTracking().Where(m => m.DeliveredAt == null && m.FailedAt == null);
        var count = await pending.CountAsync(ct);
        var oldest = count == 0
            ? (DateTimeOffset?)null
            : await pending.OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstAsync(ct);
        return new OutboxStats(count, oldest);
    }

    private IQueryable<OutboxMessage> Leased(Guid id, string owner) =>
        db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == owner && m.DeliveredAt == null && m.FailedAt == null);

    private static string Trim(string error) =>
        error.Length <= OutboxMessage.ErrorMaxLength ? error : error[..OutboxMessage.ErrorMaxLength];
}
