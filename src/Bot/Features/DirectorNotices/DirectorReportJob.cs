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
        var last = DirectorReportPeriod.LastBefore(clock.Today, settings.ReportPeriodMonths);
        var period = last.Key;
        if (!settings.ReportEnabled || cursor == period)
        {
            return cursor;
        }

        var db = services.GetRequiredService<RegistersDbContext>();
        // The same counts the director's page in the workspace shows (decision 142).
        var counts = await services.GetRequiredService<DirectorPeriodicReport>().CountAsync(last, cancellationToken);
        var notice = new NoticePayload(DirectorNoticeKinds.PeriodicReport, period, "Reg. 29", last.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, clock.Now)
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
}
