using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Reports;

public sealed partial class ConfidentialReport
{
    public static readonly DomainRule ClosingReportGivesOutcomeAndFeedback = new(nameof(ClosingReportGivesOutcomeAndFeedback), "14.15", DomainMessageKeys.OutcomeRequired);
    public static readonly DomainRule AnonymousReportKeepsNoIdentity = new(nameof(AnonymousReportKeepsNoIdentity), "23.2", DomainMessageKeys.AnonymousReportHasNoIdentity);

    public static readonly DomainRule ReportStatusFollowsTheProcedure = new(nameof(ReportStatusFollowsTheProcedure), "14.15", DomainMessageKeys.ReportTransitionNotAllowed);
    public static readonly DomainRule OnlyAssignedOfficerHandlesReport = new(nameof(OnlyAssignedOfficerHandlesReport), "23.2", DomainMessageKeys.NotAssignedOfficer);
    public static readonly DomainRule ClosedReportTakesNoMessages = new(nameof(ClosedReportTakesNoMessages), "14.15", DomainMessageKeys.ReportClosed);
    public static readonly DomainRule HandOverToAnotherOfficer = new(nameof(HandOverToAnotherOfficer), "14.15", DomainMessageKeys.ReassignToSameOfficer);

    /// <summary>
    /// The officer confirms receipt and takes the case (Reg. 22.3); due by <see cref="AcknowledgeBy"/>. The clearance
    /// proves the officer passed the recusal rules for this report (Reg. 24.1, 24.2, 24.6; <see cref="CaseRecusal"/>).
    /// </summary>
    public void Acknowledge(CaseHandlerClearance clearance, DateTimeOffset now)
    {
        var officer = EnsureClearedForThis(clearance);
        EnsureStatus(ReportStatus.Received);
        AssignedOfficerAadObjectId = officer.AadObjectId;
        AcknowledgedAt = now.ToUniversalTime();
        Move(ReportEvent.Acknowledged, ReportStatus.Acknowledged, officer.AadObjectId, now, null);
    }

    /// <summary>
    /// A vetted officer takes an acknowledged case whose handler stood aside or no longer holds an appointment
    /// (decision 118): the case is never left without someone who may act on it.
    /// </summary>
    public void TakeOver(CaseHandlerClearance clearance, DateTimeOffset now)
    {
        var officer = EnsureClearedForThis(clearance);
        EnsureOpen();
        EnsureStatus(ReportStatus.Acknowledged, ReportStatus.UnderReview, ReportStatus.UnderInvestigation);
        if (!clearance.HandlerGone)
        {
            throw OnlyAssignedOfficerHandlesReport.Refusal("the case has a handler");
        }

        var from = AssignedOfficerAadObjectId;
        AssignedOfficerAadObjectId = officer.AadObjectId;
        AddTransition(ReportEvent.TakenOver, Status, officer.AadObjectId, now, from is null ? "no handler" : $"from {from}");
        Audit(officer.AadObjectId, "ReportTakenOver", Id.ToString(), from is null ? "no handler" : $"from {from}", now);
    }

    /// <summary>
    /// The handler hands the case to a vetted successor (recusal, absence, a term that ends; Reg. 24.2, 24.6, 15).
    /// Recorded as a transition and audited with who, to whom and why.
    /// </summary>
    public void Reassign(ActiveOfficer officer, CaseHandlerClearance successor, ReassignmentReason reason, DateTimeOffset now)
    {
        EnsureAssigned(officer);
        EnsureOpen();
        var next = EnsureClearedForThis(successor);
        if (next.AadObjectId == officer.AadObjectId)
        {
            throw HandOverToAnotherOfficer.Refusal();
        }

        AssignedOfficerAadObjectId = next.AadObjectId;
        var note = $"to {next.AadObjectId}, reason {reason}";
        AddTransition(ReportEvent.Reassigned, Status, officer.AadObjectId, now, note);
        Audit(officer.AadObjectId, "ReportReassigned", Id.ToString(), note, now);
    }

    /// <summary>
    /// The handler steps aside when no other officer may take the case (Reg. 24.2, 24.6): the case waits, without a
    /// handler, for an officer the director appoints, who takes it over (<see cref="TakeOver"/>).
    /// </summary>
    public void StepAside(ActiveOfficer officer, ReassignmentReason reason, DateTimeOffset now)
    {
        EnsureAssigned(officer);
        EnsureOpen();
        AssignedOfficerAadObjectId = null;
        var note = $"no successor, reason {reason}";
        AddTransition(ReportEvent.HandlerSteppedAside, Status, officer.AadObjectId, now, note);
        Audit(officer.AadObjectId, "ReportHandlerSteppedAside", Id.ToString(), note, now);
    }

    public void StartReview(ActiveOfficer officer, DateTimeOffset now)
    {
        EnsureAssigned(officer);
        EnsureStatus(ReportStatus.Acknowledged);
        Move(ReportEvent.ReviewStarted, ReportStatus.UnderReview, officer.AadObjectId, now, null);
    }

    /// <summary>Reg. 14.15, 22.3: an internal investigation of the report.</summary>
    public void OpenInvestigation(ActiveOfficer officer, DateTimeOffset now)
    {
        EnsureAssigned(officer);
        EnsureStatus(ReportStatus.UnderReview);
        Move(ReportEvent.InvestigationOpened, ReportStatus.UnderInvestigation, officer.AadObjectId, now, null);
    }

    /// <summary>Closes with an outcome; the feedback goes to the reporter as the last officer message.</summary>
    public void Close(ActiveOfficer officer, ReportOutcome outcome, string feedback, DateTimeOffset now)
    {
        EnsureAssigned(officer);
        EnsureStatus(ReportStatus.Acknowledged, ReportStatus.UnderReview, ReportStatus.UnderInvestigation);
        if (string.IsNullOrWhiteSpace(feedback))
        {
            throw ClosingReportGivesOutcomeAndFeedback.Refusal();
        }

        AddMessage(MessageAuthor.Officer, officer.AadObjectId, feedback, now);
        Outcome = outcome;
        ClosedAt = now.ToUniversalTime();
        Move(ReportEvent.Closed, ReportStatus.Closed, officer.AadObjectId, now, $"outcome {outcome}");
    }

    /// <summary>Reg. 29: the officer finds the director implicated; from now on nothing goes to the director.</summary>
    /// <remarks>
    /// Left open to any officer (decision 118): it only narrows who learns of the report. The bot shows the case, and so
    /// this action, only to its handler or, while it waits for one, to an officer who may handle it.
    /// </remarks>
    public void MarkDirectorImplicated(ActiveOfficer officer, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var note = Guard.Text(reason, ReportTransition.NoteMaxLength, nameof(reason));
        DirectorImplicated = true;
        Move(ReportEvent.DirectorImplicationMarked, Status, officer.AadObjectId, now, note);
    }

    public ReportMessage PostOfficerMessage(ActiveOfficer officer, string text, DateTimeOffset now)
    {
        EnsureAssigned(officer);
        EnsureOpen();
        var message = AddMessage(MessageAuthor.Officer, officer.AadObjectId, text, now);
        Audit(officer.AadObjectId, "ReportMessageFromOfficer", Id.ToString(), $"message {message.Sequence}", now);
        return message;
    }

    public ReportMessage PostReporterMessage(string text, RegisterClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        EnsureOpen();
        var at = ReporterTimestamp(clock);
        var message = AddMessage(MessageAuthor.Reporter, null, text, at);
        Audit(null, "ReportMessageFromReporter", Id.ToString(), $"message {message.Sequence}", at);
        return message;
    }

    /// <summary>Audits that <paramref name="officer"/> read the sealed identity (Reg. 23.2); only the assigned officer may.</summary>
    internal void RecordIdentityRead(ActiveOfficer officer, DateTimeOffset now)
    {
        if (IsAnonymous || SealedIdentity is null)
        {
            throw AnonymousReportKeepsNoIdentity.Refusal();
        }

        EnsureAssigned(officer);
        Audit(officer.AadObjectId, "ReporterIdentityRead", Id.ToString(), null, now);
    }

    internal void RecordReporterAccess(RegisterClock clock) =>
        Audit(null, "ReportOpenedByReporter", Id.ToString(), null, ReporterTimestamp(clock));

    private ReportMessage AddMessage(MessageAuthor author, string? officerId, string text, DateTimeOffset at)
    {
        var message = new ReportMessage(Id, _messages.Count + 1, author, officerId, Guard.Text(text, ReportMessage.TextMaxLength, "message"), at);
        _messages.Add(message);
        return message;
    }

    private void Move(ReportEvent @event, ReportStatus to, string actor, DateTimeOffset now, string? note)
    {
        AddTransition(@event, to, actor, now, note);
        Audit(actor, $"Report{@event}", Id.ToString(), $"status {to}", now);
    }

    private void EnsureStatus(params ReportStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw ReportStatusFollowsTheProcedure.Refusal($"not allowed from {Status}");
        }
    }

    private void EnsureAssigned(ActiveOfficer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        if (AssignedOfficerAadObjectId != officer.AadObjectId)
        {
            throw OnlyAssignedOfficerHandlesReport.Refusal();
        }
    }

    private ActiveOfficer EnsureClearedForThis(CaseHandlerClearance clearance)
    {
        ArgumentNullException.ThrowIfNull(clearance);
        return clearance.ReportId == Id
            ? clearance.Officer
            : throw new InvalidOperationException("The clearance was issued for another report.");
    }

    private void EnsureOpen()
    {
        if (Status == ReportStatus.Closed)
        {
            throw ClosedReportTakesNoMessages.Refusal();
        }
    }
}
