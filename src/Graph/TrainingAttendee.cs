namespace ComplianceBot.Graph;

/// <summary>A required attendee of a training session.</summary>
public sealed record TrainingAttendee(string Email, string? DisplayName);
