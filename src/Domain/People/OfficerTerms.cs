namespace ComplianceBot.Domain.People;

/// <summary>
/// Reg. 15–19: the director sets each officer's term, so a term about to end must be seen in time for a new decision.
/// An appointment whose term ends within <see cref="DaysAhead"/> days is flagged once to the director and once to the
/// officer; the outbox keys name the appointment, so a new appointment (a new decision) is flagged anew.
/// </summary>
public static class OfficerTerms
{
    public const string Rule = "ExpiringOfficerTermIsFlaggedToDirectorAndOfficer";
    public const string Clause = "15";
    public const int DaysAhead = 30;

    /// <summary>The director's notice type (mail and card) for an expiring term.</summary>
    public const string NoticeKind = "OfficerTermEnding";

    public const string KeyPrefix = "officer-term:";

    public static string DirectorMailKey(Guid appointmentId) => $"{KeyPrefix}{appointmentId}:director-mail";

    public static string DirectorCardKey(Guid appointmentId) => $"{KeyPrefix}{appointmentId}:director-card";

    public static string OfficerCardKey(Guid appointmentId) => $"{KeyPrefix}{appointmentId}:officer";

    /// <summary>Flagged when active and ending on or before today + <see cref="DaysAhead"/>; an early end is its own decision.</summary>
    public static bool IsExpiring(OfficerAppointment appointment, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return appointment.IsActiveOn(today) && appointment.TerminatedOn is null && appointment.TermEnd <= today.AddDays(DaysAhead);
    }
}
