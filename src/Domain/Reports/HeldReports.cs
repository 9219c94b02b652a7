using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// Reports whose filing notices are still held for their release moment (decision 119). The moment is not stored on
/// the report (it would be one more time tied to the filing); it is the CreatedAt of the filing's held outbox rows
/// — <c>report-new:{id}:…</c>, <c>director-card:…:{id}</c>, <c>director-mail:…:{id}</c>, <c>authorized-body-mail:{id}</c>
/// — which <see cref="AnonymousNoticeRelease"/> sets to that moment and nothing moves afterwards (a retry moves
/// NextAttemptAt, never CreatedAt). Every other outbox row is created at "now", so a pending row created in the future
/// is a held release. Until the moment passes, no officer sees the report in the panel or opens it (Reg. 23.2).
/// </summary>
public static class HeldReports
{
    /// <summary>The ids of reports with a filing notice still held at <paramref name="now"/>.</summary>
    public static async Task<IReadOnlySet<Guid>> AtAsync(RegistersDbContext db, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var keys = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.DeliveredAt == null && m.FailedAt == null && m.CreatedAt > now)
            .Select(m => m.IdempotencyKey)
            .ToListAsync(ct);
        var held = new HashSet<Guid>();
        foreach (var key in keys.Where(k => ReportNotices.FilingKeyPrefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal))))
        {
            foreach (var part in key.Split(':'))
            {
                if (Guid.TryParse(part, out var id))
                {
                    held.Add(id);
                }
            }
        }

        return held;
    }

    /// <summary>Whether the filing notices of <paramref name="reportId"/> are still held at <paramref name="now"/>.</summary>
    public static async Task<bool> IsHeldAsync(RegistersDbContext db, Guid reportId, DateTimeOffset now, CancellationToken ct = default) =>
        (await AtAsync(db, now, ct)).Contains(reportId);
}
