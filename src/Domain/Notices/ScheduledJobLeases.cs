using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Notices;

/// <summary>Claims a periodic job for one instance with one conditional UPDATE, like the outbox leases (decision 014).</summary>
public sealed class ScheduledJobLeases(RegistersDbContext db, TimeProvider time)
{
    /// <summary>The job's state when this owner got the lease and the job is due; null when another holds it or it ran recently.</summary>
    public async Task<ScheduledJobState?> TryClaimAsync(string name, string owner, TimeSpan interval, TimeSpan lease, CancellationToken ct)
    {
        if (!await db.ScheduledJobs.AnyAsync(j => j.Name == name, ct))
        {
            db.ScheduledJobs.Add(ScheduledJobState.Create(name));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another instance created the row first; its claim below decides.
            }

            db.ChangeTracker.Clear();
        }

        var now = time.GetUtcNow();
        var dueBefore = now - interval;
        var expires = now + lease;
        var rows = await db.ScheduledJobs
            .Where(j => j.Name == name && (j.LeaseExpiresAt == null || j.LeaseExpiresAt < now)
                && (j.LastCompletedAt == null || j.LastCompletedAt <= dueBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, owner).SetProperty(j => j.LeaseExpiresAt, expires), ct);
        return rows == 1 ? await db.ScheduledJobs.AsNoTracking().SingleAsync(j => j.Name == name, ct) : null;
    }

    /// <summary>Stores the cursor and frees the lease, if this owner still holds it.</summary>
    public async Task<bool> CompleteAsync(string name, string owner, string? cursor, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return await db.ScheduledJobs.Where(j => j.Name == name && j.LeaseOwner == owner)
            .ExecuteUpdateAsync(
                s => s.SetProperty(j => j.LastCompletedAt, now).SetProperty(j => j.Cursor, cursor)
                    .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null),
                ct) == 1;
    }

    /// <summary>Frees the lease after a failed run so the next tick retries.</summary>
    public Task ReleaseAsync(string name, string owner, CancellationToken ct) =>
        db.ScheduledJobs.Where(j => j.Name == name && j.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTimeOffset?)null), ct);
}
