using System.Globalization;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.DirectorNotices;

/// <summary>
/// The periodic report to the director (Reg. 29), monthly by default: counts from the registers for the period
/// just ended, mailed through the outbox. Reports that implicate the director are left out (they go to the
/// authorized body, Reg. 29). The cursor is the last period reported, so each period is reported once. The director
/// also gets a Teams card where they have the app.
/// </summary>
internal sealed class DirectorReportJob(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ScheduledJobOptions> options, IOptionsMonitor<NoticeOptions> notices,
    ILogger<DirectorReportJob> logger)
    : PeriodicJob(scopes, time, options, logger)
{
    public override string Name => "director.report";

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task<string?> RunAsync(IServiceProvider services, string? cursor, CancellationToken cancellationToken)
    {
        var settings = notices.CurrentValue;
        var clock = services.GetRequiredService<RegisterClock>();
        var today = clock.Today;
        var months = settings.ReportPeriodMonths;
        // Periods are aligned to the year: with 3 months, Jan–Mar, Apr–Jun, ...
        var index = ((today.Month - 1) / months) - 1;
        var periodStart = new DateOnly(today.Year, 1, 1).AddMonths(index * months);
        var period = periodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (!settings.ReportEnabled || cursor == period)
        {
            return cursor;
        }

        var from = clock.StartOf(periodStart);
        var to = clock.StartOf(periodStart.AddMonths(months));
        var db = services.GetRequiredService<RegistersDbContext>();
        var counts = await CountAsync(db, from, to, (periodStart, periodStart.AddMonths(months)), cancellationToken);
        var notice = new NoticePayload(DirectorNoticeKinds.PeriodicReport, period, "Reg. 29", periodStart.AddMonths(months).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, clock.Now)
        {
            Counts = counts,
        };
        if (await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == $"director-report:{period}", cancellationToken))
        {
            return period;
        }

        db.OutboxMessages.Add(OutboxMessage.Create(OutboxKinds.DirectorMail, "director", notice.Serialize(), $"director-report:{period}", clock.Now));
        await services.GetRequiredService<DirectorCardOutbox>().EnqueueAsync($"director-report-card:{period}", notice, clock.Now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique idempotency key: this period's report is already queued.
        }

        services.GetRequiredService<OutboxSignal>().Notify();
        return period;
    }

    private static async Task<IReadOnlyDictionary<string, int>> CountAsync(
        RegistersDbContext db, DateTimeOffset from, DateTimeOffset to, (DateOnly From, DateOnly To) dates, CancellationToken ct)
    {
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
            .Where(r => r.FiledOn >= dates.From && r.FiledOn < dates.To)
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
