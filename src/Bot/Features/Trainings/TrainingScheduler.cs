using System.Net;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Trainings;
using ComplianceBot.Graph;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Trainings;

/// <summary>
/// Records a training, splits its audience into sessions by Trainings:SessionCapacity and queues one
/// <c>graph.training-event</c> outbox row per session — all in one SaveChanges, so an invitation is never sent for a
/// training that was not recorded, nor lost for one that was (design.md, decision 5).
/// </summary>
public sealed class TrainingScheduler(
    RegistersDbContext db, TrainingAudienceResolver audiences, IOptions<TrainingOptions> options, OutboxSignal signal, TimeProvider time)
{
    public async Task<Training> ScheduleAsync(ActiveOfficer officer, TrainingPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var now = time.GetUtcNow();
        var training = Training.Schedule(officer, plan, now);
        var invitees = await audiences.ResolveAsync(plan.Audience, cancellationToken);
        var byMail = invitees.GroupBy(i => i.Email, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var planned = TrainingSessionPlanner.Split(
            [.. invitees.Select(i => new TrainingAttendee(i.Email, i.DisplayName))],
            options.Value.SessionCapacity, training.StartsAt, training.Duration, options.Value.SessionGap);
        if (planned.Count == 0)
        {
            training.AddSession(1, training.StartsAt, []); // refuses with the rule's message: nobody to invite
        }

        foreach (var part in planned)
        {
            var session = training.AddSession(part.Number, part.Start, [.. part.Attendees.Select(a => byMail[a.Email])]);
            var payload = new TrainingEventPayload(
                session.Id,
                planned.Count == 1 ? training.Title : $"{training.Title} ({part.Number}/{planned.Count})",
                WebUtility.HtmlEncode(training.Agenda).Replace("\n", "<br>", StringComparison.Ordinal),
                part.Start,
                training.DurationMinutes,
                training.IsOnline,
                training.Room,
                part.Attendees);
            db.OutboxMessages.Add(OutboxMessage.Create(
                OutboxKinds.TrainingEvent, $"session:{session.Id}", payload.Serialize(), $"training-event:{session.Id}", now));
        }

        db.Trainings.Add(training);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return training;
    }
}
