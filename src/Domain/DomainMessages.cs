using System.Collections.Frozen;

namespace ComplianceBot.Domain;

/// <summary>English default texts for <see cref="DomainMessageKeys"/>; the bot's resources translate them.</summary>
public static class DomainMessages
{
    private static readonly FrozenDictionary<string, string> Texts = new Dictionary<string, string>
    {
        [DomainMessageKeys.RuleViolated] = "This change is not allowed.",
        [DomainMessageKeys.RegisterRowImmutable] = "A register entry cannot be deleted or overwritten; record a new entry instead.",
        [DomainMessageKeys.RequiredFieldMissing] = "A required field is missing.",
        [DomainMessageKeys.FieldTooLong] = "A field is longer than allowed.",
        [DomainMessageKeys.NotAnActiveOfficer] = "Only a compliance officer with a current appointment can do this.",
        [DomainMessageKeys.OfficerTermInvalid] = "The term of office must end after it starts.",
        [DomainMessageKeys.DirectorCannotBeOfficer] = "The director cannot be appointed compliance officer: the service is independent of the director (Reg. 8).",
        [DomainMessageKeys.AppointmentAlreadyTerminated] = "This appointment has already been terminated.",
        [DomainMessageKeys.OwnDeclaration] = "You cannot decide on your own declaration; another officer must review it.",
        [DomainMessageKeys.AlreadyDecided] = "A decision has already been recorded for this declaration.",
        [DomainMessageKeys.ReasonRequired] = "Please give a reason for the decision.",
        [DomainMessageKeys.OnlyDeclarantMayAmend] = "Only the person who filed the declaration can supplement or correct it, and only while it is pending.",
        [DomainMessageKeys.GiftValueInvalid] = "The estimated value must be zero or more tenge.",
        [DomainMessageKeys.SettlementMeasureRequired] = "A potential or actual conflict of interest needs a settlement measure.",
        [DomainMessageKeys.MonitoringDateInPast] = "The monitoring date must be in the future.",
        [DomainMessageKeys.ReportTransitionNotAllowed] = "The report cannot move to that status from its current status.",
        [DomainMessageKeys.ReportClosed] = "This report is closed.",
        [DomainMessageKeys.PassphraseTooWeak] = "The passphrase is too short; use at least 16 characters.",
        [DomainMessageKeys.NotAssignedOfficer] = "Only the officer assigned to this report can do this.",
        [DomainMessageKeys.AnonymousReportHasNoIdentity] = "An anonymous report has no reporter identity.",
        [DomainMessageKeys.OutcomeRequired] = "Closing a report needs an outcome and feedback for the reporter.",
        [DomainMessageKeys.InvestigatorTookPartInProcess] = "This person took part in the process concerned within the last three years and cannot investigate it.",
        [DomainMessageKeys.InvestigatorHasConflict] = "This person has a declared conflict of interest touching the persons or the process concerned.",
        [DomainMessageKeys.InvestigatorIsPersonConcerned] = "This person is concerned by the report and cannot investigate it.",
        [DomainMessageKeys.InvestigatorAlreadyAssigned] = "This person is already assigned to the investigation.",
        [DomainMessageKeys.HandlerIsPersonConcerned] = "This officer is concerned by the report and cannot handle it.",
        [DomainMessageKeys.HandlerTookPartInProcess] = "This officer took part in the process concerned within the last three years and cannot handle the report.",
        [DomainMessageKeys.HandlerHasConflict] = "This officer has a declared conflict of interest touching the persons or the process concerned and cannot handle the report.",
        [DomainMessageKeys.ReassignToSameOfficer] = "Choose another officer to hand the case over to.",
        [DomainMessageKeys.InvestigationConcluded] = "This investigation has already been concluded.",
        [DomainMessageKeys.ParticipationPeriodInvalid] = "The end of the participation must not be before its start.",
        [DomainMessageKeys.ExplanationDueDateInvalid] = "The deadline for a written explanation must be after today.",
        [DomainMessageKeys.ExplanationNotAddressee] = "Only the employee asked for this explanation can answer it.",
        [DomainMessageKeys.ExplanationAlreadyAnswered] = "This explanation has already been given.",
        [DomainMessageKeys.ReportAlreadyEscalated] = "This report has already been escalated to the authorized body.",
        [DomainMessageKeys.TrainingStartInPast] = "A training must start in the future.",
        [DomainMessageKeys.TrainingDurationInvalid] = "A training lasts between 15 minutes and 8 hours.",
        [DomainMessageKeys.TrainingRoomRequired] = "Choose a Teams meeting or name a room.",
        [DomainMessageKeys.TrainingAudienceEmpty] = "Nobody in the chosen audience has a mail address in the directory.",
        [DomainMessageKeys.TrainingNotStarted] = "Attendance can be recorded once the session has started.",
        [DomainMessageKeys.TrainingAttendanceRecorded] = "Attendance of this session has already been recorded.",
        [DomainMessageKeys.TrainingCompletionInFuture] = "A completed training cannot be dated in the future.",
        [DomainMessageKeys.AttestationYearInvalid] = "The attestation year must be between 2000 and 2100.",
        [DomainMessageKeys.AttestationAlreadyOpen] = "An attestation campaign for this year is already open.",
        [DomainMessageKeys.AttestationScopeEmpty] = "Choose at least one department, or everyone.",
        [DomainMessageKeys.AttestationClosed] = "This attestation campaign is closed.",
        [DomainMessageKeys.AttestationAlreadyAnswered] = "Your answer to this attestation is already recorded.",
        [DomainMessageKeys.AttestationNotYours] = "Only the employee concerned can answer their attestation.",
        [DomainMessageKeys.AttestationNotInScope] = "You are not in the scope of this attestation campaign.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The English text for <paramref name="key"/>; throws for an unknown key so a typo cannot hide.</summary>
    public static string English(string key) =>
        Texts.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"No English text for domain message key '{key}'.");
}
