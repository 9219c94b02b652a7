namespace ComplianceBot.Graph;

/// <summary>What Graph (or the local mailbox) returned for a created event.</summary>
/// <param name="EventId">The event id in the compliance mailbox; keep it to read responses later.</param>
/// <param name="ICalUId">The iCalendar UID shared by every attendee's copy.</param>
/// <param name="JoinUrl">The Teams join URL for an online session, else null.</param>
public sealed record CreatedEvent(string EventId, string? ICalUId, string? JoinUrl);
