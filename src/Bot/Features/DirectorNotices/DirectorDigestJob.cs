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
/// Once a day at Notices:DigestTimeOfDay (Asia/Almaty), the notices held for the digest go to the director as ONE
/// mail and one Teams card (decision 104). The mail, the card and the items' "included" marks are one SaveChanges
/// under the job's lease (decision 102), and the mail's idempotency key <c>director-digest:{date}</c> is unique, so
/// several instances and restarts send each day's digest once. Items about a report that now implicates the
/// director are withheld (Reg. 29). Nothing held → no digest. Held items still go out after the digest is switched
/// off: holding stops, the last digest is sent.
/// </summary>
internal sealed class DirectorDigestJob(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ScheduledJobOptions> options, IOptionsMonitor<DirectorDigestOptions> digest,
    IOptionsMonitor<OrganizationOptions> organization, ILogger<DirectorDigestJob> logger)
    : PeriodicJob(scopes, time, options, logger)
{
    public override string Name => "director.digest";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    public static string MailKey(DateOnly day) => $"director-digest:{Day(day)}";

    protected override async Task<string?> RunAsync(IServiceProvider services, string? cursor, CancellationToken cancellationToken)
    {
        var clock = services.GetRequiredService<RegisterClock>();
        var today = clock.Today;
        var due = DueAt(clock, today);
        if (clock.Now < due || string.CompareOrdinal(cursor, Day(today)) >= 0 || string.IsNullOrWhiteSpace(organization.CurrentValue.DirectorAadObjectId))
        {
            return cursor;
        }

        var db = services.GetRequiredService<RegistersDbContext>();
        var key = MailKey(today);
        if (await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == key, cancellationToken))
        {
            return Day(today); // queued by a run that stopped before it stored its cursor
        }

        var items = await db.DirectorDigestItems.Where(i => i.DigestKey == null && i.WithheldAt == null)
            .OrderBy(i => i.EventAt).ToListAsync(cancellationToken);
        var reportIds = items.Where(i => i.ReportId != null).Select(i => i.ReportId!.Value).Distinct().ToList();
        var visible = await DirectorVisibility.Visible(db.ConfidentialReports.AsNoTracking().Where(r => reportIds.Contains(r.Id)))
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var now = clock.Now;
        foreach (var item in items.Where(i => i.ReportId is { } id && !visible.Contains(id)))
        {
            item.Withhold(now);
        }

        var included = items.Where(i => i.IsPending).ToList();
        if (included.Count > 0)
        {
            // The digest's own delivery target starts at the digest time, not at each item's event (decision 101, 104).
            var notice = new NoticePayload(DirectorNoticeKinds.DailyDigest, Day(today), DirectorNoticeKinds.DailyDigest, Day(today), null, due)
            {
                Items = [.. included.Select(i => new NoticeItem(i.NoticeType, i.Number, i.Category, i.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), i.Status))],
            };
            db.OutboxMessages.Add(OutboxMessage.Create(OutboxKinds.DirectorMail, "director", notice.Serialize(), key, now));
            await services.GetRequiredService<DirectorCardOutbox>().EnqueueAsync($"director-digest-card:{Day(today)}", notice, now, cancellationToken);
            foreach (var item in included)
            {
                item.IncludedIn(key, now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        services.GetRequiredService<OutboxSignal>().Notify();
        return Day(today);
    }

    private DateTimeOffset DueAt(RegisterClock clock, DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.FromTimeSpan(digest.CurrentValue.DigestTimeOfDay));
        return new DateTimeOffset(local, clock.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
