using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>
/// One pass over the deadlines (Reg. 22.3: 7-day acknowledgement, 3-month feedback; Reg. 22.4: explanations):
/// queues a reminder card per deadline and recipient. The idempotency key names the deadline, so every instance
/// may run the pass and each reminder is still queued once. An explanation past its last day is a possible violation
/// the director is told of once (Reg. 22.4, 23.3), unless the report implicates the director (Reg. 29).
/// A reminder never goes to someone who is no officer: when the handling officer has left or their appointment has ended,
/// it goes to the officers who may take the case over; when nobody may, the director is asked to appoint one (decision 135).
/// </summary>
internal sealed class DeadlineReminders(
    RegistersDbContext db, ReportDeadlines deadlines, OfficerCaseScope scope, OfficerRoster roster, OfficerCards officerCards,
    NoticeCards noticeCards, RecipientCulture cultures, RegisterClock clock, IOptions<ReminderOptions> options,
    ReportNotices notices, ReportFiling filing)
{
    public async Task<int> QueueAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var queued = 0;
        var officers = (await roster.GetActiveAsync(clock.Now, ct)).Select(a => a.OfficerAadObjectId).ToHashSet(StringComparer.Ordinal);
        var eligible = await EligibleHandlersAsync(officers, ct);
        foreach (var due in await deadlines.AcknowledgementsDueAsync(settings.AcknowledgementDaysBefore, ct))
        {
            // Only officers who may handle the case are reminded (Reg. 24.1, 24.2, 24.6, 29; decision 118).
            queued += await RemindHandlersAsync(due, $"ack-reminder:{due.ReportId}:{due.DueOn:yyyyMMdd}", "Officer_AckReminder", eligible, ct);
        }

        foreach (var due in await deadlines.FeedbackDueAsync(settings.FeedbackDaysBefore, ct))
        {
            if (due.AssignedOfficer is not { } officer)
            {
                continue;
            }

            var key = $"feedback-reminder:{due.ReportId}:{due.DueOn:yyyyMMdd}";
            queued += officers.Contains(officer)
                ? await QueueOnceAsync(key, officer, () => officerCards.Reminder(due, "Officer_FeedbackReminder"), ct)
                : await RemindHandlersAsync(due, key, "Officer_FeedbackReminder", eligible, ct);
        }

        foreach (var request in await deadlines.ExplanationsDueAsync(settings.ExplanationDaysBefore, ct))
        {
            queued += await QueueOnceAsync($"explanation-reminder:{request.Id}:{request.DueOn:yyyyMMdd}", request.EmployeeAadObjectId,
                () => noticeCards.Explanation(request, reminder: true), ct);
        }

        foreach (var request in await deadlines.OverdueExplanationsAsync(ct))
        {
            var report = await db.ConfidentialReports.AsNoTracking().SingleAsync(r => r.Id == request.ReportId, ct);
            if (await notices.ExplanationOverdueAsync(report, request, ct))
            {
                await filing.DirectorCardAsync(report, DirectorNoticeType.ExplanationOverdue, ct, keySuffix: $":{request.Id}");
                queued++;
            }
        }

        await db.SaveChangesAsync(ct);
        return queued;
    }

    /// <summary>
    /// Reminds every officer who may handle the case (Reg. 24.1, 24.2, 24.6, 29; decision 118), each under the key and
    /// their id; with nobody, asks the director once per state of the case to appoint one, as at filing.
    /// </summary>
    private async Task<int> RemindHandlersAsync(
        ReportDeadline due, string keyPrefix, string textKey, IReadOnlyDictionary<Guid, List<string>> eligible, CancellationToken ct)
    {
        var queued = 0;
        var handlers = eligible.GetValueOrDefault(due.ReportId) ?? [];
        foreach (var officer in handlers)
        {
            queued += await QueueOnceAsync($"{keyPrefix}:{officer}", officer, () => officerCards.Reminder(due, textKey), ct);
        }

        if (handlers.Count > 0)
        {
            return queued;
        }

        var report = await db.ConfidentialReports.AsNoTracking().SingleAsync(r => r.Id == due.ReportId, ct);
        var flagKey = $"{ReportNotices.DirectorMailKeyPrefix}{DirectorNoticeType.CaseNeedsOfficer}:{report.Id}:{report.Transitions.Count}";
        if (notices.DirectorMayKnow(report) && !await QueuedAsync(flagKey, ct))
        {
            await filing.FlagNeedsOfficerAsync(report, ct);
            queued++;
        }

        return queued;
    }

    /// <summary>
    /// The officers with a current appointment who may handle each open case, in a stable order — what
    /// <see cref="CaseRecusal.EligibleHandlersAsync"/> gives for one case — with one query per officer
    /// (<see cref="OfficerCaseScope.MayHandleAsync"/>, decision 144) instead of one per case and officer.
    /// </summary>
    private async Task<Dictionary<Guid, List<string>>> EligibleHandlersAsync(IEnumerable<string> officers, CancellationToken ct)
    {
        var eligible = new Dictionary<Guid, List<string>>();
        foreach (var officer in officers.Order(StringComparer.Ordinal))
        {
            var cases = await (await scope.MayHandleAsync(officer, ct))
                .Where(r => r.Status != ReportStatus.Closed && r.Number != null)
                .Select(r => r.Id)
                .ToListAsync(ct);
            foreach (var id in cases)
            {
                (eligible.TryGetValue(id, out var list) ? list : eligible[id] = []).Add(officer);
            }
        }

        return eligible;
    }

    private async Task<bool> QueuedAsync(string key, CancellationToken ct) =>
        db.OutboxMessages.Local.Any(m => m.IdempotencyKey == key) || await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == key, ct);

    private async Task<int> QueueOnceAsync(string key, string recipient, Func<Cards.Model.AdaptiveCard> card, CancellationToken ct)
    {
        if (await QueuedAsync(key, ct))
        {
            return 0;
        }

        using (await cultures.EnterAsync(recipient, ct))
        {
            TeamsDelivery.Enqueue(db, key, TeamsRecipient.ForEntraUser(recipient), CardAttachment.ToMessage(card()), clock.Now);
        }

        return 1;
    }
}

/// <summary>Runs <see cref="DeadlineReminders"/> every <see cref="ReminderOptions.Interval"/>, on every instance (the keys make it safe).</summary>
internal sealed class DeadlineReminderService(
    IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider time, IOptions<ReminderOptions> options, ILogger<DeadlineReminderService> logger)
    : RecurringJob(time, logger)
{
    public override string Name => "reports.deadline-reminders";

    protected override TimeSpan TickInterval => options.Value.Interval;

    protected override bool RunsAtStart => true;

    /// <remarks>Another instance may have queued the same reminder first (unique key): the next pass settles it.</remarks>
    protected override async Task TickAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<DeadlineReminders>().QueueAsync(cancellationToken);

        // "Check my report" lockout rows whose window has ended go even when nobody checks (decision 117).
        await GuardedReportFollowUp.PurgeExpiredAsync(
            scope.ServiceProvider.GetRequiredService<RegistersDbContext>(), Time.GetUtcNow(), cancellationToken);
        if (queued > 0)
        {
            ReportsLog.RemindersQueued(Logger, queued);
            signal.Notify();
        }
    }
}
