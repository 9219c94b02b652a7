using ComplianceBot.Domain.Rules;
namespace ComplianceBot.Domain.Trainings;

/// <summary>
/// One invited employee in one session: the invitation, their latest answer, and whether they attended.
/// The answer follows the calendar; attendance is set once, by the officer (Reg. 14.7).
/// </summary>
public sealed class TrainingSeat : IRegisterRecord
{
    public const int EmailMaxLength = 320;
    public static readonly DomainRule AttendanceOnceRule = new("AttendanceIsRecordedOnce", "14.7", DomainMessageKeys.TrainingAttendanceRecorded);

    private TrainingSeat()
    {
        EmployeeAadObjectId = Email = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public string EmployeeAadObjectId { get; private set; }
    public string Email { get; private set; }
    public string? DisplayName { get; private set; }
    public InvitationResponse Response { get; private set; }
    public DateTimeOffset? RespondedAt { get; private set; }
    public bool? Attended { get; private set; }

    internal static TrainingSeat Invite(Guid sessionId, Invitee invitee) => new()
    {
        Id = Guid.NewGuid(),
        SessionId = sessionId,
        EmployeeAadObjectId = Guard.Text(invitee.AadObjectId, People.Employee.IdMaxLength, nameof(EmployeeAadObjectId)),
        Email = Guard.Text(invitee.Email, EmailMaxLength, nameof(Email)),
        DisplayName = Guard.OptionalText(invitee.DisplayName, People.Employee.NameMaxLength, nameof(DisplayName)),
        Response = InvitationResponse.NoAnswer,
    };

    /// <summary>The latest answer read from the calendar; true when it changed.</summary>
    public bool RecordResponse(InvitationResponse response, DateTimeOffset? respondedAt)
    {
        if (response == Response)
        {
            return false;
        }

        Response = response;
        RespondedAt = respondedAt?.ToUniversalTime();
        return true;
    }

    internal void MarkAttendance(bool attended)
    {
        if (Attended is not null)
        {
            throw AttendanceOnceRule.Refusal();
        }

        Attended = attended;
    }
}
