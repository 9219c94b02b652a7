namespace ComplianceBot.Domain;

/// <summary>
/// Every message key a <see cref="Rules.DomainRule"/> can carry. The bot's kk/ru/en resources (DomainStrings) hold
/// the only text of each; <see cref="All"/> lets the tests check that every key has a rule and every text exists.
/// </summary>
public static class DomainMessageKeys
{
    public const string RuleViolated = "Domain.RuleViolated";
    public const string RegisterRowImmutable = "Domain.Register.RowImmutable";
    public const string RequiredFieldMissing = "Domain.Field.Required";
    public const string FieldTooLong = "Domain.Field.TooLong";
    public const string NotAnActiveOfficer = "Domain.Officer.NotActive";
    public const string OfficerTermInvalid = "Domain.Officer.TermInvalid";
    public const string DirectorCannotBeOfficer = "Domain.Officer.DirectorCannotBeOfficer";
    public const string AppointmentAlreadyTerminated = "Domain.Officer.AlreadyTerminated";
    public const string OwnDeclaration = "Domain.Declaration.OwnDeclaration";
    public const string AlreadyDecided = "Domain.Declaration.AlreadyDecided";
    public const string ReasonRequired = "Domain.Declaration.ReasonRequired";
    public const string OnlyDeclarantMayAmend = "Domain.Declaration.OnlyDeclarantMayAmend";
    public const string GiftValueInvalid = "Domain.Gift.ValueInvalid";
    public const string GiftMustBeHandedOver = "Domain.Gift.MustBeHandedOver";
    public const string SettlementMeasureRequired = "Domain.Conflict.SettlementMeasureRequired";
    public const string MonitoringDateInPast = "Domain.Conflict.MonitoringDateInPast";
    public const string ReportTransitionNotAllowed = "Domain.Report.TransitionNotAllowed";
    public const string ReportClosed = "Domain.Report.Closed";
    public const string PassphraseTooWeak = "Domain.Report.PassphraseTooWeak";
    public const string NotAssignedOfficer = "Domain.Report.NotAssignedOfficer";
    public const string AnonymousReportHasNoIdentity = "Domain.Report.AnonymousHasNoIdentity";
    public const string OutcomeRequired = "Domain.Report.OutcomeRequired";
    public const string InvestigatorTookPartInProcess = "Domain.Investigation.InvestigatorTookPartInProcess";
    public const string InvestigatorHasConflict = "Domain.Investigation.InvestigatorHasConflict";
    public const string InvestigatorIsPersonConcerned = "Domain.Investigation.InvestigatorIsPersonConcerned";
    public const string InvestigatorAlreadyAssigned = "Domain.Investigation.InvestigatorAlreadyAssigned";
    public const string HandlerIsPersonConcerned = "Domain.Report.HandlerIsPersonConcerned";
    public const string HandlerTookPartInProcess = "Domain.Report.HandlerTookPartInProcess";
    public const string HandlerHasConflict = "Domain.Report.HandlerHasConflict";
    public const string ReassignToSameOfficer = "Domain.Report.ReassignToSameOfficer";
    public const string InvestigationConcluded = "Domain.Investigation.Concluded";
    public const string ParticipationPeriodInvalid = "Domain.Participation.PeriodInvalid";
    public const string ExplanationDueDateInvalid = "Domain.Explanation.DueDateInvalid";
    public const string ExplanationNotAddressee = "Domain.Explanation.NotAddressee";
    public const string ExplanationAlreadyAnswered = "Domain.Explanation.AlreadyAnswered";
    public const string ReportAlreadyEscalated = "Domain.Report.AlreadyEscalated";
    public const string ReportAlreadySentToAuthorizedBody = "Domain.Report.AlreadySentToAuthorizedBody";
    public const string TrainingStartInPast = "Domain.Training.StartInPast";
    public const string TrainingDurationInvalid = "Domain.Training.DurationInvalid";
    public const string TrainingRoomRequired = "Domain.Training.RoomRequired";
    public const string TrainingAudienceEmpty = "Domain.Training.AudienceEmpty";
    public const string TrainingNotStarted = "Domain.Training.NotStarted";
    public const string TrainingAttendanceRecorded = "Domain.Training.AttendanceRecorded";
    public const string TrainingCompletionInFuture = "Domain.Training.CompletionInFuture";
    public const string AttestationYearInvalid = "Domain.Attestation.YearInvalid";
    public const string AttestationAlreadyOpen = "Domain.Attestation.AlreadyOpen";
    public const string AttestationScopeEmpty = "Domain.Attestation.ScopeEmpty";
    public const string AttestationClosed = "Domain.Attestation.Closed";
    public const string AttestationAlreadyAnswered = "Domain.Attestation.AlreadyAnswered";
    public const string AttestationNotYours = "Domain.Attestation.NotYours";
    public const string AttestationNotInScope = "Domain.Attestation.NotInScope";
    public const string DirectorNoticeNotTheDirector = "Domain.DirectorNotice.NotTheDirector";
    public const string DirectorNoticeNotFound = "Domain.DirectorNotice.NotFound";

    public static IReadOnlyList<string> All { get; } =
    [
        RuleViolated, RegisterRowImmutable, RequiredFieldMissing, FieldTooLong, NotAnActiveOfficer,
        OfficerTermInvalid, DirectorCannotBeOfficer, AppointmentAlreadyTerminated, OwnDeclaration, AlreadyDecided, ReasonRequired,
        OnlyDeclarantMayAmend, GiftValueInvalid, GiftMustBeHandedOver, SettlementMeasureRequired, MonitoringDateInPast,
        ReportTransitionNotAllowed, ReportClosed, PassphraseTooWeak, NotAssignedOfficer,
        AnonymousReportHasNoIdentity, OutcomeRequired, InvestigatorTookPartInProcess,
        InvestigatorHasConflict, InvestigatorIsPersonConcerned, InvestigatorAlreadyAssigned, InvestigationConcluded,
        ParticipationPeriodInvalid, ExplanationDueDateInvalid, ExplanationNotAddressee, ExplanationAlreadyAnswered,
        ReportAlreadyEscalated, ReportAlreadySentToAuthorizedBody, HandlerIsPersonConcerned, HandlerTookPartInProcess, HandlerHasConflict, ReassignToSameOfficer,
        TrainingStartInPast, TrainingDurationInvalid, TrainingRoomRequired,
        TrainingAudienceEmpty, TrainingNotStarted, TrainingAttendanceRecorded, TrainingCompletionInFuture,
        AttestationYearInvalid, AttestationAlreadyOpen, AttestationScopeEmpty, AttestationClosed,
        AttestationAlreadyAnswered, AttestationNotYours, AttestationNotInScope,
        DirectorNoticeNotTheDirector, DirectorNoticeNotFound,
    ];
}
