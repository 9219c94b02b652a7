namespace ComplianceBot.Graph;

/// <summary>One training session to put in Outlook calendars.</summary>
public sealed record TrainingEventRequest
{
    /// <summary>The outbox idempotency key; sent as the event's transactionId so a retried POST creates no duplicate.</summary>
    public required string IdempotencyKey { get; init; }

    public required string Subject { get; init; }

    /// <summary>The agenda, already HTML-encoded by the caller where it holds user text.</summary>
    public required string AgendaHtml { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required TimeSpan Duration { get; init; }

    /// <summary>A Teams meeting when true; otherwise <see cref="Room"/> is the location.</summary>
    public bool IsOnline { get; init; }

    public string? Room { get; init; }

    public required IReadOnlyList<TrainingAttendee> Attendees { get; init; }

    public DateTimeOffset End => Start + Duration;
}
