using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Bot.Operations.Telemetry;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Trainings;
using ComplianceBot.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Trainings;

/// <summary>
/// Every Trainings:ResponsePollInterval: reads the attendees' answers of upcoming sessions from the calendar
/// ($batch), records them, and — within Trainings:ReminderLead of the start — reminds the non-responders in Teams
/// (not leavers, decision 132) and sends the scheduling officer a summary; once a session is over, sends the officer the attendance card.
/// Every card goes through the outbox under a key per session (and attendee), so each is sent once (Reg. 14.7).
/// </summary>
internal sealed class TrainingResponsesJob(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ScheduledJobOptions> options, IOptionsMonitor<TrainingOptions> trainings,
    ITrainingCalendar calendar, ILogger<TrainingResponsesJob> logger, ComplianceBotMetrics? metrics = null)
    : PeriodicJob(scopes, time, options, logger)
{
    public override string Name => "trainings.responses";

    protected override TimeSpan Interval => trainings.CurrentValue.ResponsePollInterval;

    protected override async Task<string?> RunAsync(IServiceProvider services, string? cursor, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<RegistersDbContext>();
        var clock = services.GetRequiredService<RegisterClock>();
        var cards = services.GetRequiredService<TrainingCards>();
        var now = Time.GetUtcNow();
        var horizon = now.AddDays(-1);
        var sessions = await db.TrainingSessions.Where(s => s.EventId != null && s.AttendanceRecordedAt == null && s.StartsAt >= horizon)
            .OrderBy(s => s.StartsAt).ToListAsync(cancellationToken);
        if (sessions.Count == 0)
        {
            return cursor;
        }

        await ReadResponsesAsync(sessions.Where(s => s.StartsAt > now).ToList(), cancellationToken);
        var trainingIds = sessions.Select(s => s.TrainingId).Distinct().ToList();
        var trainingsById = await db.Trainings.AsNoTracking().IgnoreAutoIncludes().Where(t => trainingIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => new { t.Title, t.ScheduledBy }, cancellationToken);
        var queue = new CardQueue(db, now);
        var leavers = await db.LeaversAmongAsync(sessions.SelectMany(s => s.Seats).Select(s => s.EmployeeAadObjectId).Distinct().ToList(), clock.Today, cancellationToken);
        foreach (var session in sessions)
        {
            var training = trainingsById[session.TrainingId];
            var officerLanguage = await queue.LanguageAsync(training.ScheduledBy, cancellationToken);
            if (session.StartsAt > now && session.StartsAt - trainings.CurrentValue.ReminderLead <= now)
            {
                foreach (var seat in session.Seats.Where(s => s.Response == InvitationResponse.NoAnswer && !leavers.Contains(s.EmployeeAadObjectId)))
                {
                    var language = await queue.LanguageAsync(seat.EmployeeAadObjectId, cancellationToken);
                    await queue.SendOnceAsync($"training-reminder:{session.Id}:{seat.EmployeeAadObjectId}:1", seat.EmployeeAadObjectId, language,
                        () => cards.Reminder(training.Title, session.StartsAt, clock), cancellationToken);
                }

                await queue.SendOnceAsync($"training-summary:{session.Id}", training.ScheduledBy, officerLanguage,
                    () => cards.Summary(training.Title, SessionView.From(session), clock), cancellationToken);
            }
            else if (session.EndsAt <= now)
            {
                await queue.SendOnceAsync($"training-attendance:{session.Id}", training.ScheduledBy, officerLanguage,
                    () => cards.AttendanceForm(training.Title, SessionView.From(session), clock), cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        services.GetRequiredService<OutboxSignal>().Notify();
        return cursor;
    }

    private async Task ReadResponsesAsync(List<TrainingSession> upcoming, CancellationToken cancellationToken)
    {
        if (upcoming.Count == 0)
        {
            return;
        }

        IReadOnlyList<AttendeeResponses> answers;
        try
        {
            answers = await calendar.GetResponsesAsync([.. upcoming.Select(s => s.EventId!)], cancellationToken);
        }
        catch (GraphDeliveryException ex)
        {
            // Reminders still go out from what is known; the next tick reads again.
            metrics?.RecordGraphError("get-responses", ex.StatusCode);
            return;
        }

        var byEvent = answers.Where(a => a.Found).ToDictionary(a => a.EventId, StringComparer.Ordinal);
        foreach (var session in upcoming)
        {
            if (!byEvent.TryGetValue(session.EventId!, out var answer))
            {
                continue;
            }

            var byMail = answer.Attendees.GroupBy(a => a.Email, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            foreach (var seat in session.Seats)
            {
                if (byMail.TryGetValue(seat.Email, out var status))
                {
                    seat.RecordResponse(Map(status.Response), status.RespondedAt);
                }
            }
        }
    }

    private static InvitationResponse Map(AttendeeResponse response) => response switch
    {
        AttendeeResponse.Accepted or AttendeeResponse.Organizer => InvitationResponse.Accepted,
        AttendeeResponse.TentativelyAccepted => InvitationResponse.Tentative,
        AttendeeResponse.Declined => InvitationResponse.Declined,
        _ => InvitationResponse.NoAnswer,
    };

    /// <summary>Queues Teams cards once per key, in each recipient's language.</summary>
    private sealed class CardQueue(RegistersDbContext db, DateTimeOffset now)
    {
        private readonly Dictionary<string, string> _languages = new(StringComparer.Ordinal);

        public async Task<string> LanguageAsync(string aadObjectId, CancellationToken ct)
        {
            if (!_languages.TryGetValue(aadObjectId, out var language))
            {
                language = await db.Employees.AsNoTracking().Where(e => e.AadObjectId == aadObjectId).Select(e => e.PreferredLanguage).SingleOrDefaultAsync(ct) ?? "kk";
                _languages[aadObjectId] = language;
            }

            return language;
        }

        public async Task SendOnceAsync(string key, string recipient, string language, Func<Cards.Model.AdaptiveCard> card, CancellationToken ct)
        {
            if (await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == key, ct))
            {
                return;
            }

            using var culture = CultureScope.Enter(language);
            TeamsDelivery.Enqueue(db, key, TeamsRecipient.ForEntraUser(recipient), CardAttachment.ToMessage(card()), now);
        }
    }
}
