using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Domain.Tests.Investigations;

/// <summary>An internal investigation of a report (Reg. 14.15, 22.3): opened and concluded by the handling officer only.</summary>
public sealed class InvestigationTests : RegisterTestBase
{
    private async Task<(ConfidentialReport Report, ActiveOfficer Officer)> UnderReviewAsync()
    {
        await using var db = Database.CreateContext();
        var report = World.Intake.File(new ReportSubmission(ReportCategory.Procurement, "Fuel bought at twice the price", null, [], false), null).Report;
        var officer = await World.OfficerAsync(db);
        await World.AcknowledgeAsync(db, report, officer);
        report.StartReview(officer, World.Clock.Now);
        return (report, officer);
    }

    private async Task<ActiveOfficer> OfficerBAsync()
    {
        await using var db = Database.CreateContext();
        return await World.OfficerAsync(db, TestWorld.OfficerB);
    }

    // Reg. 22.3: opening moves the report under investigation and records the process concerned, normalised.
    [Fact]
    public async Task Open_UnderReview_MovesTheReportAndRecordsTheProcess()
    {
        var (report, officer) = await UnderReviewAsync();

        var investigation = Investigation.Open(report, officer, "  Procurement   of fuel ", World.Clock.Now);

        Assert.Equal(ReportStatus.UnderInvestigation, report.Status);
        Assert.Equal((report.Id, "Procurement   of fuel", "PROCUREMENT OF FUEL", officer.AadObjectId),
            (investigation.ReportId, investigation.UnitOrProcess, investigation.ProcessKey, investigation.OpenedBy));
        Assert.Equal(("InvestigationOpened", officer.AadObjectId), (investigation.PendingAudit[^1].Action, investigation.PendingAudit[^1].Actor));
    }

    // Decision 118: only the handling officer records the findings, once; a concluded investigation is final.
    [Fact]
    public async Task Conclude_ByHandlerOnce_RecordsFindings_SecondTimeAndOthersRefused()
    {
        var (report, officer) = await UnderReviewAsync();
        var investigation = Investigation.Open(report, officer, "Procurement of fuel", World.Clock.Now);

        var officerB = await OfficerBAsync();
        var other = Assert.Throws<DomainRuleException>(() => investigation.Conclude(report, officerB, "Mine", World.Clock.Now));
        Assert.Equal(DomainMessageKeys.NotAssignedOfficer, other.MessageKey);
        Assert.Null(investigation.ConcludedAt);

        investigation.Conclude(report, officer, " Overpayment confirmed ", World.Clock.Now);
        Assert.Equal(("Overpayment confirmed", officer.AadObjectId, World.Clock.Now.ToUniversalTime()),
            (investigation.Findings, investigation.ConcludedBy, investigation.ConcludedAt));
        Assert.Equal("InvestigationConcluded", investigation.PendingAudit[^1].Action);

        var again = Assert.Throws<DomainRuleException>(() => investigation.Conclude(report, officer, "Changed my mind", World.Clock.Now));
        Assert.Equal(DomainMessageKeys.InvestigationConcluded, again.MessageKey);
        Assert.Equal("Overpayment confirmed", investigation.Findings);
    }

    // Nothing is opened, concluded or assigned without the report and the officer: refused at once, naming what is missing.
    [Fact]
    public async Task OpenConcludeAssign_MissingReportOrOfficer_AreRefusedBeforeAnythingChanges()
    {
        var (report, officer) = await UnderReviewAsync();
        var investigation = Investigation.Open(report, officer, "Procurement of fuel", World.Clock.Now);
        var (otherReport, _) = await UnderReviewAsync();
        await using var db = Database.CreateContext();
        var vetting = new InvestigatorVetting(db, World.Clock, World.Recusal(db));

        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => Investigation.Open(null!, officer, "Procurement", World.Clock.Now)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => investigation.Conclude(null!, officer, "Findings", World.Clock.Now)).ParamName);
        Assert.Equal("officer", Assert.Throws<ArgumentNullException>(() => investigation.Conclude(otherReport, null!, "Findings", World.Clock.Now)).ParamName);
        Assert.Equal("investigation", (await Assert.ThrowsAsync<ArgumentNullException>(() => vetting.AssignAsync(null!, officer, "aad-investigator"))).ParamName);
        Assert.Null(investigation.Findings);
        Assert.Equal(ReportStatus.UnderReview, otherReport.Status);
    }

    // The findings belong to the investigation's own report.
    [Fact]
    public async Task Conclude_WithAnotherReport_Throws()
    {
        var (report, officer) = await UnderReviewAsync();
        var investigation = Investigation.Open(report, officer, "Procurement of fuel", World.Clock.Now);
        var (otherReport, _) = await UnderReviewAsync();

        var error = Assert.Throws<InvalidOperationException>(() => investigation.Conclude(otherReport, officer, "Findings", World.Clock.Now));
        Assert.Equal("The findings belong to the investigation of another report.", error.Message);
        Assert.Null(investigation.Findings);
    }
}
