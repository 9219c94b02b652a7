using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Delivery.Graph;
using ComplianceBot.Bot.Operations.Telemetry;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Graph;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Trainings;

/// <summary>
/// Creates a training session's Outlook event (Reg. 14.7) and stores its id on the session. The row's idempotency
/// key travels as the event's transactionId, so a retry after a crash finds the event instead of creating another.
/// </summary>
internal sealed class TrainingEventHandler(
    ITrainingCalendar calendar, IServiceScopeFactory scopes, TimeProvider time, ComplianceBotMetrics? metrics = null) : IOutboxDeliveryHandler
{
    public string Kind => OutboxKinds.TrainingEvent;

    public async Task<DeliveryOutcome> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var payload = TrainingEventPayload.Parse(message.Payload);
        if (payload is null || payload.Attendees.Count == 0)
        {
            return DeliveryOutcome.Fail("Malformed training event payload.");
        }

        CreatedEvent? created = null;
        var outcome = await GraphOutcomes.RunAsync("create-event", metrics, async () =>
        {
            created = await calendar.CreateTrainingEventAsync(payload.ToRequest(message.IdempotencyKey), cancellationToken);
            return created.EventId;
        });
        if (created is null)
        {
            return outcome;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var session = await db.TrainingSessions.SingleOrDefaultAsync(s => s.Id == payload.SessionId, cancellationToken);
        if (session is null)
        {
            return DeliveryOutcome.Fail("The training session no longer exists.");
        }

        session.EventCreated(created.EventId, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return outcome;
    }
}
