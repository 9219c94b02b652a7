using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Domain.Tests.Reports;

/// <summary>
/// The steps of a report's procedure (Reg. 22.3) refuse what the procedure does not allow, and each allowed step
/// leaves its row, its audit entry and its effect — none of them can be dropped unnoticed.
/// </summary>
public sealed class ReportProcedureTests : RegisterTestBase
{
    private static readonly ReportSubmission Submission = new(ReportCategory.Procurement, "The tender was decided in advance", null, [], false);

    private async Task<(ConfidentialReport Report, ActiveOfficer Officer)> AcknowledgedAsync()
    {
        await using var db = Database.CreateContext();
        var report = World.Intake.File(Submission, null).Report;
        var officer = await World.OfficerAsync(db);
        await World.AcknowledgeAsync(db, report, officer);
        return (report, officer);
    }

    private async Task<ActiveOfficer> OfficerBAsync()
    {
        await using var db = Database.CreateContext();
        return await World.OfficerAsync(db, TestWorld.OfficerB);
    }

    private static PendingAudit LastAudit(ConfidentialReport report) => report.PendingAudit[^1];

    // Reg. 22.3: acknowledging assigns the officer, moves to Acknowledged and is audited as that officer.
    [Fact]
    public async Task Acknowledge_Received_AssignsOfficerRecordsTransitionAndAudit()
    {
        var (report, officer) = await AcknowledgedAsync();

        Assert.Equal(officer.AadObjectId, report.AssignedOfficerAadObjectId);
        var step = report.Transitions[^1];
        Assert.Equal((ReportEvent.Acknowledged, ReportStatus.Received, ReportStatus.Acknowledged, officer.AadObjectId), (step.Event, step.FromStatus, step.ToStatus, step.Actor));
        Assert.Equal(("ReportAcknowledged", officer.AadObjectId), (LastAudit(report).Action, LastAudit(report).Actor));
    }

    // Reg. 22.3: a report is acknowledged once; a second acknowledgement is refused.
    [Fact]
    public async Task Acknowledge_Twice_IsRefused()
    {
        var (report, officer) = await AcknowledgedAsync();
        await using var db = Database.CreateContext();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => World.AcknowledgeAsync(db, report, officer));

        Assert.Equal(ConfidentialReport.ReportStatusFollowsTheProcedure, error.Rule);
    }

    // Reg. 22.3: closing needs an outcome and the reporter's feedback; without feedback nothing changes.
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Close_WithoutFeedback_IsRefusedAndTheReportStaysOpen(string feedback)
    {
        var (report, officer) = await AcknowledgedAsync();

        var error = Assert.Throws<DomainRuleException>(() => report.Close(officer, ReportOutcome.Substantiated, feedback, World.Clock.Now));

        Assert.Equal(DomainMessageKeys.OutcomeRequired, error.MessageKey);
        Assert.Equal((ReportStatus.Acknowledged, (ReportOutcome?)null), (report.Status, report.Outcome));
        Assert.Empty(report.Messages);
    }

    // Reg. 22.3: a report not yet acknowledged cannot be closed (nobody handles it yet).
    [Fact]
    public async Task Close_Received_IsRefused()
    {
        var report = World.Intake.File(Submission, null).Report;
        var officer = await OfficerBAsync();

        Assert.Throws<DomainRuleException>(() => report.Close(officer, ReportOutcome.OutsideScope, "Outside scope", World.Clock.Now));

        Assert.Equal(ReportStatus.Received, report.Status);
    }

    // Reg. 22.3: closing records the outcome in the transition note and the feedback as the officer's last message.
    [Fact]
    public async Task Close_Acknowledged_RecordsOutcomeFeedbackAndAudit()
    {
        var (report, officer) = await AcknowledgedAsync();

        report.Close(officer, ReportOutcome.PartlySubstantiated, "Partly confirmed; measures taken.", World.Clock.Now);

        Assert.Equal((ReportStatus.Closed, ReportOutcome.PartlySubstantiated), (report.Status, report.Outcome));
        Assert.Equal("outcome PartlySubstantiated", report.Transitions[^1].Note);
        var feedback = Assert.Single(report.Messages);
        Assert.Equal((MessageAuthor.Officer, officer.AadObjectId, "Partly confirmed; measures taken.", 1), (feedback.Author, feedback.OfficerAadObjectId, feedback.Text, feedback.Sequence));
        Assert.Equal("ReportClosed", LastAudit(report).Action);
    }

    // Reg. 22.3: the review starts once, from Acknowledged only.
    [Fact]
    public async Task StartReview_Twice_IsRefused()
    {
        var (report, officer) = await AcknowledgedAsync();
        report.StartReview(officer, World.Clock.Now);

        Assert.Throws<DomainRuleException>(() => report.StartReview(officer, World.Clock.Now));

        Assert.Equal((ReportEvent.ReviewStarted, ReportStatus.UnderReview), (report.Transitions[^1].Event, report.Status));
    }

    // Reg. 23.2: the officer's messages to the reporter are numbered in order and audited; a closed case takes none.
    [Fact]
    public async Task PostOfficerMessage_NumberedAuditedAndRefusedAfterClose()
    {
        var (report, officer) = await AcknowledgedAsync();

        report.PostOfficerMessage(officer, "Could you say when this happened?", World.Clock.Now);
        var second = report.PostOfficerMessage(officer, "Thank you.", World.Clock.Now);
        Assert.Equal(2, second.Sequence);
        Assert.Equal(("ReportMessageFromOfficer", "message 2"), (LastAudit(report).Action, LastAudit(report).Details));

        report.Close(officer, ReportOutcome.NotSubstantiated, "Not confirmed.", World.Clock.Now);
        var error = Assert.Throws<DomainRuleException>(() => report.PostOfficerMessage(officer, "Late", World.Clock.Now));
        Assert.Equal(ConfidentialReport.ClosedReportTakesNoMessages, error.Rule);
    }

    // Reg. 24.2, 24.6: an officer who steps aside leaves the case without a handler and can no longer act on it.
    [Fact]
    public async Task StepAside_ClearsTheHandler_WhoThenCannotAct()
    {
        var (report, officer) = await AcknowledgedAsync();

        report.StepAside(officer, ReassignmentReason.Recusal, World.Clock.Now);

        Assert.Null(report.AssignedOfficerAadObjectId);
        Assert.Equal((ReportEvent.HandlerSteppedAside, ReportStatus.Acknowledged), (report.Transitions[^1].Event, report.Status));
        Assert.Equal("ReportHandlerSteppedAside", LastAudit(report).Action);
        Assert.Throws<DomainRuleException>(() => report.StartReview(officer, World.Clock.Now));
    }

    // Reg. 29: marking the director implicated needs a reason, and then keeps the status.
    [Fact]
    public async Task MarkDirectorImplicated_WithoutReason_IsRefused_WithReason_KeepsStatus()
    {
        var (report, officer) = await AcknowledgedAsync();

        Assert.Throws<DomainRuleException>(() => report.MarkDirectorImplicated(officer, " ", World.Clock.Now));
        Assert.False(report.DirectorImplicated);

        report.MarkDirectorImplicated(officer, "The director signed the contract", World.Clock.Now);
        var step = report.Transitions[^1];
        Assert.Equal((ReportStatus.Acknowledged, ReportStatus.Acknowledged, "The director signed the contract"), (step.FromStatus, step.ToStatus, step.Note));
    }
}
