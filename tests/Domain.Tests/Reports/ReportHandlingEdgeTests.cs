using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Tests.Reports;

/// <summary>
/// The edges of a report's handling (Reg. 22.3, 23.2, 24): who may act, on which report, from which status, and the
/// deadlines a report carries. Refusals name their reason for the operators' logs.
/// </summary>
public sealed class ReportHandlingEdgeTests : RegisterTestBase
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

    // Reg. 22.3: acknowledgement is due by the end of its day in the organisation's time, and feedback by the end of its.
    [Fact]
    public void File_Report_DeadlinesEndTheirDueDays()
    {
        var report = World.Intake.File(Submission, null).Report;

        Assert.Equal(World.Clock.StartOf(report.AcknowledgeBy.AddDays(1)), report.AcknowledgeDeadline);
        Assert.Equal(World.Clock.StartOf(report.FeedbackBy.AddDays(1)), report.FeedbackDeadline);
        Assert.True(report.AcknowledgeDeadline > World.Clock.Now);
    }

    // Decision 118, Reg. 23.2: a case that still has its handler is not taken over; the log says why.
    [Fact]
    public async Task TakeOver_HandlerStillThere_IsRefusedSayingSo()
    {
        var (report, _) = await AcknowledgedAsync();
        var other = await OfficerBAsync();

        var error = Assert.Throws<DomainRuleException>(() => report.TakeOver(new CaseHandlerClearance(report.Id, other, handlerGone: false), World.Clock.Now));

        Assert.Equal(ConfidentialReport.OnlyAssignedOfficerHandlesReport, error.Rule);
        Assert.Contains("the case has a handler", error.Message, StringComparison.Ordinal);
        Assert.Equal(TestWorld.OfficerA, report.AssignedOfficerAadObjectId);
    }

    // Reg. 24.2, 24.6: only the handler steps aside; another officer cannot leave the case without its handler.
    [Fact]
    public async Task StepAside_NotTheHandler_IsRefusedAndTheHandlerStays()
    {
        var (report, _) = await AcknowledgedAsync();
        var other = await OfficerBAsync();

        var error = Assert.Throws<DomainRuleException>(() => report.StepAside(other, ReassignmentReason.Recusal, World.Clock.Now));

        Assert.Equal(ConfidentialReport.OnlyAssignedOfficerHandlesReport, error.Rule);
        Assert.Equal(TestWorld.OfficerA, report.AssignedOfficerAadObjectId);
    }

    // Reg. 22.3: a step out of order is refused, and the log names the status it was tried from.
    [Fact]
    public async Task Acknowledge_AlreadyAcknowledged_RefusalNamesTheStatus()
    {
        var (report, officer) = await AcknowledgedAsync();

        var error = Assert.Throws<DomainRuleException>(() => report.Acknowledge(new CaseHandlerClearance(report.Id, officer, false), World.Clock.Now));

        Assert.Equal(ConfidentialReport.ReportStatusFollowsTheProcedure, error.Rule);
        Assert.Contains("not allowed from Acknowledged", error.Message, StringComparison.Ordinal);
    }

    // Reg. 24.1, 24.6: a clearance proves vetting for one report only; used on another it is refused.
    [Fact]
    public async Task Acknowledge_ClearanceForAnotherReport_IsRefused()
    {
        var (cleared, officer) = await AcknowledgedAsync();
        var report = World.Intake.File(Submission, null).Report;

        var error = Assert.Throws<InvalidOperationException>(() => report.Acknowledge(new CaseHandlerClearance(cleared.Id, officer, false), World.Clock.Now));

        Assert.Contains("another report", error.Message, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Received, report.Status);
        Assert.Null(report.AssignedOfficerAadObjectId);
    }

    // Reg. 22.7: an empty message is refused naming the field; so is a person concerned longer than the column.
    [Fact]
    public async Task Texts_EmptyMessageOrOverlongPerson_AreRefusedNamingTheField()
    {
        var (report, officer) = await AcknowledgedAsync();

        var empty = Assert.Throws<DomainRuleException>(() => report.PostOfficerMessage(officer, "  ", World.Clock.Now));
        var person = new string('x', ReportPersonConcerned.NameMaxLength + 1);
        var overlong = Assert.Throws<DomainRuleException>(() => World.Intake.File(Submission with { PersonsConcerned = [person] }, null));

        Assert.Equal(Guard.FieldIsRequired, empty.Rule);
        Assert.Contains("message is required", empty.Message, StringComparison.Ordinal);
        Assert.Equal(Guard.FieldFitsItsColumn, overlong.Rule);
        Assert.Contains("person exceeds", overlong.Message, StringComparison.Ordinal);
        Assert.Empty(report.Messages);
    }

    // Reg. 23.4: the refusal to send a case twice tells whether it was escalated (Reg. 29) or already sent.
    [Fact]
    public async Task SendToAuthorizedBody_AlreadyThere_RefusalSaysHowItGotThere()
    {
        var (sent, officer) = await AcknowledgedAsync();
        var (escalated, _) = await AcknowledgedAsync();
        sent.SendToAuthorizedBody(officer, World.Clock.Now);
        escalated.RecordEscalation(officer, World.Clock);

        var again = Assert.Throws<DomainRuleException>(() => sent.SendToAuthorizedBody(officer, World.Clock.Now));
        var afterEscalation = Assert.Throws<DomainRuleException>(() => escalated.SendToAuthorizedBody(officer, World.Clock.Now));

        Assert.Equal(ConfidentialReport.SentToAuthorizedBodyOnce, again.Rule);
        Assert.EndsWith(": sent", again.Message, StringComparison.Ordinal);
        Assert.EndsWith(": escalated", afterEscalation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Steps_WithoutOfficerClearanceOrClock_AreArgumentErrors()
    {
        var (report, officer) = await AcknowledgedAsync();
        var now = World.Clock.Now;

        Assert.Throws<ArgumentNullException>(() => report.StartReview(null!, now));
        Assert.Throws<ArgumentNullException>(() => report.MarkDirectorImplicated(null!, "reason", now));
        Assert.Throws<ArgumentNullException>(() => report.SendToAuthorizedBody(null!, now));
        Assert.Throws<ArgumentNullException>(() => report.TakeOver(null!, now));
        Assert.Throws<ArgumentNullException>(() => report.PostReporterMessage("hello", null!));
        Assert.Throws<ArgumentNullException>(() => report.RecordEscalation(officer, null!));
        Assert.Throws<ArgumentNullException>(() => report.RecordEscalation(null, null!));
        Assert.Throws<ArgumentNullException>(() => World.Intake.File(null!, null));
        Assert.Empty(report.Messages);
        Assert.False(report.IsWithAuthorizedBody);
    }
}
