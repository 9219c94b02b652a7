using System.Globalization;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Notices;

/// <summary>A reporting period aligned to the year (with 3 months: Jan–Mar, Apr–Jun, …); <see cref="End"/> is exclusive.</summary>
public sealed record DirectorReportPeriod(DateOnly Start, DateOnly End)
{
    /// <summary>"2026-02": the period's key, in the outbox row's idempotency key and the mail's subject.</summary>
    public string Key => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public DateOnly LastDay => End.AddDays(-1);

    /// <summary>The last whole period before <paramref name="today"/>'s.</summary>
    public static DirectorReportPeriod LastBefore(DateOnly today, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var index = ((today.Month - 1) / months) - 1;
        var start = new DateOnly(today.Year, 1, 1).AddMonths(index * months);
        return new DirectorReportPeriod(start, start.AddMonths(months));
    }
}

/// <summary>
/// The periodic report to the director (Reg. 29): counts by line for one period — declarations by status, reports by
/// category and status, trainings. The one source for the mail (DirectorReportJob) and the director's page in the
/// workspace (decision 142). Reports that implicate the director are left out (<see cref="DirectorVisibility"/>);
/// counts only, never a name.
/// </summary>
public sealed class DirectorPeriodicReport(RegistersDbContext db, RegisterClock clock)
{
    public async Task<IReadOnlyDictionary<string, int>> CountAsync(DirectorReportPeriod period, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var from = clock.StartOf(period.Start);
        var to = clock.StartOf(period.End);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in await db.GiftDeclarations.AsNoTracking().Where(g => g.FiledAt >= from && g.FiledAt < to)
            .GroupBy(g => g.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
        {
            counts[$"gifts.{row.Key}"] = row.Count;
        }

        foreach (var row in await db.ConflictDeclarations.AsNoTracking().Where(c => c.FiledAt >= from && c.FiledAt < to)
            .GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
        {
            counts[$"conflicts.{row.Key}"] = row.Count;
        }

        foreach (var row in await DirectorVisibility.Visible(db.ConfidentialReports.AsNoTracking())
            // By the filing date: an anonymous report has no filing time (Reg. 23.2, decision 119).
            .Where(r => r.FiledOn >= period.Start && r.FiledOn < period.End)
            .GroupBy(r => new { r.Category, r.Status }).Select(g => new { g.Key.Category, g.Key.Status, Count = g.Count() }).ToListAsync(ct))
        {
            counts[$"reports.{row.Category}.{row.Status}"] = row.Count;
        }

        counts["trainings.sessions"] = await db.TrainingSessions.AsNoTracking().CountAsync(s => s.StartsAt >= from && s.StartsAt < to, ct);
        counts["trainings.attended"] = await db.TrainingHistory.AsNoTracking()
            .CountAsync(h => h.RecordedAt >= from && h.RecordedAt < to, ct);
        return counts;
    }
}
