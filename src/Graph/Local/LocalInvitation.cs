namespace ComplianceBot.Graph.Local;

/// <summary>Everything an .ics needs about one session; also the event record kept beside the invitations.</summary>
internal sealed record LocalInvitation(
    string EventId,
    string ICalUId,
    string Subject,
    string AgendaHtml,
    DateTimeOffset Start,
    DateTimeOffset End,
    string TimeZoneId,
    string Location,
    string Organizer,
    string OrganizerName,
    DateTimeOffset CreatedAt,
    IReadOnlyList<TrainingAttendee> Attendees);
