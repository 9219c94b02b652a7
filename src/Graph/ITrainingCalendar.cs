namespace ComplianceBot.Graph;

/// <summary>Training events in the compliance mailbox's calendar (Reg. 14.6, 14.7, 21).</summary>
public interface ITrainingCalendar
{
    /// <summary>Creates one session's event and invites its attendees. Idempotent on <see cref="TrainingEventRequest.IdempotencyKey"/>.</summary>
    /// <exception cref="GraphDeliveryException">Delivery failed; <see cref="GraphDeliveryException.IsTransient"/> says whether to retry.</exception>
    Task<CreatedEvent> CreateTrainingEventAsync(TrainingEventRequest request, CancellationToken cancellationToken);

    /// <summary>Reads the attendees' responses of many events ($batch, <c>Graph:BatchSize</c> per request).</summary>
    /// <exception cref="GraphDeliveryException">Reading failed; <see cref="GraphDeliveryException.IsTransient"/> says whether to retry.</exception>
    Task<IReadOnlyList<AttendeeResponses>> GetResponsesAsync(IReadOnlyList<string> eventIds, CancellationToken cancellationToken);
}
