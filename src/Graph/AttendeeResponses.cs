namespace ComplianceBot.Graph;

/// <summary>The attendees' answers to one event.</summary>
/// <param name="EventId">The event asked about.</param>
/// <param name="Found">False when the event no longer exists (deleted in Outlook).</param>
/// <param name="Attendees">Each attendee's answer; empty when not found.</param>
public sealed record AttendeeResponses(string EventId, bool Found, IReadOnlyList<AttendeeStatus> Attendees);

/// <summary>One attendee's answer.</summary>
public sealed record AttendeeStatus(string Email, AttendeeResponse Response, DateTimeOffset? RespondedAt);

/// <summary>Graph's responseType values.</summary>
public enum AttendeeResponse
{
    None,
    Organizer,
    TentativelyAccepted,
    Accepted,
    Declined,
    NotResponded,
}
