using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Domain.Tests.Reports;

/// <summary>
/// Who holds a case and where it goes (decision 118, Reg. 24.2, 24.6, 29, 23.4): take-over, hand-over, stepping aside,
/// escalation and sending to the authorized body — each refusal leaves the case as it was, each step leaves its
/// transition, its audit entry and its note. In memory: the clearances are made here, as <see cref="CaseRecusal"/> would.
/// </summary>
public sealed class ReportHandoverTests
{
    private static readonly ActiveOfficer OfficerA = new(TestWorld.OfficerA, Guid.NewGuid());
    private static readonly ActiveOfficer OfficerB = new(TestWorld.OfficerB, Guid.NewGuid());

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 10, 9, 41, 17, TimeSpan.Zero));
    private readonly RegisterClock _clock;
    private readonly ReportIntake _intake;

    public ReportHandoverTests()
    {
        _clock = new RegisterClock(_time, Options.Create(new OrganizationOptions()));
        var options = Options.Create(new RegistersOptions { PassphraseIterations = 1, IdentityEncryptionKey = Convert.ToBase64String(new byte[32]) });
        _intake = new ReportIntake(new PassphraseHasher(options), new IdentitySealer(options), _clock, options);
    }

    private ConfidentialReport Filed(bool anonymous = true, bool directorImplicated = false) =>
        _intake.File(new ReportSubmission(ReportCategory.Procurement, "The tender was decided in advance", null, [], directorImplicated),
            anonymous ? null : new ReporterIdentity("aad-reporter", "Reporter", null)).Report;

    private ConfidentialReport AcknowledgedByA()
    {
        var report = Filed();
        report.Acknowledge(new CaseHandlerClearance(report.Id, OfficerA, handlerGone: true), _clock.Now);
        return report;
    }

    private static PendingAudit LastAudit(ConfidentialReport report) => report.PendingAudit[^1];

    // Decision 118: a case whose handler still acts is not taken over, and nothing is recorded.
    [Fact]
    public void TakeOver_HandlerStillThere_IsRefusedAndKeepsTheHandler()
    {
        var report = AcknowledgedByA();
        var steps = report.Transitions.Count;

        var error = Assert.Throws<DomainRuleException>(() =>
            report.TakeOver(new CaseHandlerClearance(report.Id, OfficerB, handlerGone: false), _clock.Now));

        Assert.Equal(ConfidentialReport.OnlyAssignedOfficerHandlesReport, error.Rule);
        Assert.Equal((TestWorld.OfficerA, steps), (report.AssignedOfficerAadObjectId, report.Transitions.Count));
    }

    // Decision 118: after the handler stood aside, a vetted officer takes the case; the step says it had no handler.
    [Fact]
    public void TakeOver_AfterStepAside_AssignsTheNewOfficerWithTransitionAndAudit()
    {
        var report = AcknowledgedByA();
        report.StepAside(OfficerA, ReassignmentReason.Recusal, _clock.Now);
        Assert.Equal("no successor, reason Recusal", report.Transitions[^1].Note);
        Assert.Equal(("ReportHandlerSteppedAside", TestWorld.OfficerA, "no successor, reason Recusal"),
            (LastAudit(report).Action, LastAudit(report).Actor, LastAudit(report).Details));

        report.TakeOver(new CaseHandlerClearance(report.Id, OfficerB, handlerGone: true), _clock.Now);

        Assert.Equal(TestWorld.OfficerB, report.AssignedOfficerAadObjectId);
        var step = report.Transitions[^1];
        Assert.Equal((ReportEvent.TakenOver, ReportStatus.Acknowledged, ReportStatus.Acknowledged, TestWorld.OfficerB, "no handler"),
            (step.Event, step.FromStatus, step.ToStatus, step.Actor, step.Note));
        Assert.Equal(("ReportTakenOver", TestWorld.OfficerB, "no handler"), (LastAudit(report).Action, LastAudit(report).Actor, LastAudit(report).Details));
    }

    // Decision 118: a handler whose term ended is replaced; the step names whom the case came from.
    [Fact]
    public void TakeOver_HandlerGone_NamesThePreviousHandler()
    {
        var report = AcknowledgedByA();
        report.StartReview(OfficerA, _clock.Now);

        report.TakeOver(new CaseHandlerClearance(report.Id, OfficerB, handlerGone: true), _clock.Now);

        Assert.Equal(($"from {TestWorld.OfficerA}", ReportStatus.UnderReview), (report.Transitions[^1].Note, report.Status));
        Assert.Equal($"from {TestWorld.OfficerA}", LastAudit(report).Details);
    }

    // Reg. 22.3: a case not yet acknowledged is acknowledged, not taken over; a closed case is not taken over at all.
    [Fact]
    public void TakeOver_ReceivedOrClosed_IsRefused()
    {
        var received = Filed();
        Assert.Throws<DomainRuleException>(() => received.TakeOver(new CaseHandlerClearance(received.Id, OfficerB, true), _clock.Now));
        Assert.Null(received.AssignedOfficerAadObjectId);

        var closed = AcknowledgedByA();
        closed.Close(OfficerA, ReportOutcome.NotSubstantiated, "Not confirmed.", _clock.Now);
        var error = Assert.Throws<DomainRuleException>(() => closed.TakeOver(new CaseHandlerClearance(closed.Id, OfficerB, true), _clock.Now));
        Assert.Equal(ConfidentialReport.ClosedReportTakesNoMessages, error.Rule);
        Assert.Equal(TestWorld.OfficerA, closed.AssignedOfficerAadObjectId);
    }

    // Decision 118: a clearance is for one report; another report's clearance opens nothing.
    [Fact]
    public void Acknowledge_ClearanceOfAnotherReport_IsRefused()
    {
        var report = Filed();

        Assert.Throws<InvalidOperationException>(() => report.Acknowledge(new CaseHandlerClearance(Guid.NewGuid(), OfficerA, true), _clock.Now));

        Assert.Equal((ReportStatus.Received, (string?)null), (report.Status, report.AssignedOfficerAadObjectId));
    }

    // Reg. 24.2, 24.6: the handler hands the case to a vetted successor, recorded with whom to and why.
    [Fact]
    public void Reassign_ToSuccessor_MovesTheCaseWithNoteAndAudit()
    {
        var report = AcknowledgedByA();

        report.Reassign(OfficerA, new CaseHandlerClearance(report.Id, OfficerB, false), ReassignmentReason.TermEnds, _clock.Now);

        Assert.Equal(TestWorld.OfficerB, report.AssignedOfficerAadObjectId);
        var step = report.Transitions[^1];
        var note = $"to {TestWorld.OfficerB}, reason TermEnds";
        Assert.Equal((ReportEvent.Reassigned, ReportStatus.Acknowledged, TestWorld.OfficerA, note), (step.Event, step.ToStatus, step.Actor, step.Note));
        Assert.Equal(("ReportReassigned", TestWorld.OfficerA, note), (LastAudit(report).Action, LastAudit(report).Actor, LastAudit(report).Details));
    }

    // Decision 118: handing a case to oneself is refused; only the handler hands over; a closed case is not handed over.
    [Fact]
    public void Reassign_ToSelfByAnotherOrClosed_IsRefused()
    {
        var report = AcknowledgedByA();
        var steps = report.Transitions.Count;

        var self = Assert.Throws<DomainRuleException>(() =>
            report.Reassign(OfficerA, new CaseHandlerClearance(report.Id, OfficerA, false), ReassignmentReason.Absence, _clock.Now));
        Assert.Equal(ConfidentialReport.HandOverToAnotherOfficer, self.Rule);
        var other = Assert.Throws<DomainRuleException>(() =>
            report.Reassign(OfficerB, new CaseHandlerClearance(report.Id, OfficerB, false), ReassignmentReason.Absence, _clock.Now));
        Assert.Equal(ConfidentialReport.OnlyAssignedOfficerHandlesReport, other.Rule);
        Assert.Equal((TestWorld.OfficerA, steps), (report.AssignedOfficerAadObjectId, report.Transitions.Count));

        report.Close(OfficerA, ReportOutcome.NotSubstantiated, "Not confirmed.", _clock.Now);
        Assert.Throws<DomainRuleException>(() =>
            report.Reassign(OfficerA, new CaseHandlerClearance(report.Id, OfficerB, false), ReassignmentReason.Absence, _clock.Now));
        Assert.Throws<DomainRuleException>(() => report.StepAside(OfficerA, ReassignmentReason.Absence, _clock.Now));
        Assert.Equal(TestWorld.OfficerA, report.AssignedOfficerAadObjectId);
    }

    // Reg. 22.3: the procedure's steps, each from its own status only, each recorded and audited as "status X".
    [Fact]
    public void ReviewAndInvestigation_EachStepFromItsStatus_RecordedAndAudited()
    {
        var report = AcknowledgedByA();
        Assert.Throws<DomainRuleException>(() => report.OpenInvestigation(OfficerA, _clock.Now));
        Assert.Throws<DomainRuleException>(() => report.StartReview(OfficerB, _clock.Now));

        report.StartReview(OfficerA, _clock.Now);
        Assert.Equal(("ReportReviewStarted", "status UnderReview"), (LastAudit(report).Action, LastAudit(report).Details));
        Assert.Throws<DomainRuleException>(() => report.OpenInvestigation(OfficerB, _clock.Now));
        report.OpenInvestigation(OfficerA, _clock.Now);

        var step = report.Transitions[^1];
        Assert.Equal((ReportEvent.InvestigationOpened, ReportStatus.UnderReview, ReportStatus.UnderInvestigation, 4),
            (step.Event, step.FromStatus, step.ToStatus, step.Sequence));
        Assert.Equal(("ReportInvestigationOpened", TestWorld.OfficerA, "status UnderInvestigation"),
            (LastAudit(report).Action, LastAudit(report).Actor, LastAudit(report).Details));
        Assert.Throws<DomainRuleException>(() => report.OpenInvestigation(OfficerA, _clock.Now));

        report.Close(OfficerA, ReportOutcome.Substantiated, "Confirmed.", _clock.Now);
        Assert.Equal(ReportStatus.Closed, report.Status);
        Assert.Throws<DomainRuleException>(() => report.Close(OfficerA, ReportOutcome.Substantiated, "Again.", _clock.Now));
    }

    // Reg. 29, 23.4: marked at filing, the escalation carries no actor and, for an anonymous reporter, the date only.
    [Fact]
    public void RecordEscalation_ByTheReporter_NoActorDateOnlyAndOnce()
    {
        var report = Filed(directorImplicated: true);
        _time.Advance(TimeSpan.FromHours(2));
        Assert.False(report.IsEscalated);
        Assert.Null(report.EscalatedAt);

        report.RecordEscalation(null, _clock);

        var midnight = _clock.StartOf(_clock.Today);
        var step = report.Transitions[^1];
        Assert.Equal((ReportEvent.EscalatedToAuthorizedBody, (string?)null, midnight, "authorized body (Reg. 29, 23.4)"), (step.Event, step.Actor, step.At, step.Note));
        Assert.Equal(("ReportEscalatedToAuthorizedBody", (string?)null, midnight), (LastAudit(report).Action, LastAudit(report).Actor, LastAudit(report).At));
        Assert.True(report.IsEscalated);
        Assert.True(report.IsWithAuthorizedBody);
        Assert.Equal(midnight, report.EscalatedAt);
        var again = Assert.Throws<DomainRuleException>(() => report.RecordEscalation(null, _clock));
        Assert.Equal(ConfidentialReport.EscalatedOnce, again.Rule);
        Assert.Single(report.Transitions, t => t.Event == ReportEvent.EscalatedToAuthorizedBody);
    }

    // Reg. 29, 23.4: an officer's escalation carries the officer and the exact time.
    [Fact]
    public void RecordEscalation_ByAnOfficer_CarriesTheOfficerAndTheTime()
    {
        var report = AcknowledgedByA();

        report.RecordEscalation(OfficerA, _clock);

        Assert.Equal((TestWorld.OfficerA, _clock.Now), (report.Transitions[^1].Actor, report.Transitions[^1].At));
        Assert.Equal(_clock.Now, report.EscalatedAt);
    }

    // Reg. 23.4: an officer sends the case once; a case already escalated (Reg. 29) is not sent again.
    [Fact]
    public void SendToAuthorizedBody_Once_AndNeverAnEscalatedCase()
    {
        var report = AcknowledgedByA();
        Assert.False(report.IsWithAuthorizedBody);

        report.SendToAuthorizedBody(OfficerB, _clock.Now);

        var step = report.Transitions[^1];
        Assert.Equal((ReportEvent.SentToAuthorizedBody, TestWorld.OfficerB, "authorized body (Reg. 23.4)", ReportStatus.Acknowledged),
            (step.Event, step.Actor, step.Note, step.ToStatus));
        Assert.Equal(("ReportSentToAuthorizedBody", TestWorld.OfficerB), (LastAudit(report).Action, LastAudit(report).Actor));
        Assert.True(report.IsSentToAuthorizedBody);
        Assert.False(report.IsEscalated);
        Assert.True(report.IsWithAuthorizedBody);
        var twice = Assert.Throws<DomainRuleException>(() => report.SendToAuthorizedBody(OfficerA, _clock.Now));
        Assert.Equal(ConfidentialReport.SentToAuthorizedBodyOnce, twice.Rule);

        var escalated = Filed(directorImplicated: true);
        escalated.RecordEscalation(null, _clock);
        Assert.Throws<DomainRuleException>(() => escalated.SendToAuthorizedBody(OfficerA, _clock.Now));
        Assert.False(escalated.IsSentToAuthorizedBody);
    }

    // Reg. 23.2: filing records what was given and nothing more: blank persons dropped, process key only when named.
    [Fact]
    public void File_Named_KeepsTheExactTimeAndOnlyTheGivenDetails()
    {
        var filed = _intake.File(new ReportSubmission(ReportCategory.Bribery, "A supplier paid for a trip", " Almaty ",
            ["Head of procurement", " ", ""], false) { UnitOrProcess = "  " }, new ReporterIdentity("aad-reporter", "Reporter", null)).Report;

        Assert.False(filed.IsAnonymous);
        Assert.Equal(_clock.Now, filed.FiledAt);
        Assert.NotNull(filed.SealedIdentity);
        Assert.Null(filed.ProcessKey);
        Assert.Equal("Head of procurement", Assert.Single(filed.PersonsConcerned).Name);
        var first = Assert.Single(filed.Transitions);
        Assert.Equal((1, ReportEvent.Filed, ReportStatus.Received, (string?)null, _clock.Now), (first.Sequence, first.Event, first.ToStatus, first.Actor, first.At));
        Assert.Equal(("ReportFiled", "category Bribery, anonymous False"), (LastAudit(filed).Action, LastAudit(filed).Details));
        Assert.Equal(2026, filed.NumberYear);
    }

    // Reg. 23.2: the reporter's message is dated to the day when anonymous, and audited without an actor.
    [Fact]
    public void PostReporterMessage_Anonymous_DateOnlyAndAuditedWithoutActor()
    {
        var report = AcknowledgedByA();

        var message = report.PostReporterMessage("It happened in February.", _clock);

        Assert.Equal((MessageAuthor.Reporter, (string?)null, _clock.StartOf(_clock.Today), 1), (message.Author, message.OfficerAadObjectId, message.SentAt, message.Sequence));
        Assert.Equal(("ReportMessageFromReporter", (string?)null, "message 1"), (LastAudit(report).Action, LastAudit(report).Actor, LastAudit(report).Details));
    }
}
