using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Investigations;

/// <summary>
/// The other side of the recusal rules (regulation invariant 3; decision 118): what does <em>not</em> keep an officer
/// out of a case, who counts as "gone" for a take-over, and which report the investigator vetting reads.
/// </summary>
public sealed class RecusalBoundaryTests : RegisterTestBase
{
    private static readonly ReportSubmission Submission = new(
        ReportCategory.Procurement, "Rigged tender", null, ["Serik Bekov"], false, "Procurement of fuel");

    // Reg. 24.6: a conflict counts when it touches the case's process; one declared on another process, in a report
    // that names nobody, does not.
    [Fact]
    public async Task FindAsync_ConflictOnAnotherProcessAndNobodyConcerned_DoesNotRecuseUnderReg24_6()
    {
        await DeclareConflictAsync(TestWorld.OfficerA, new ConflictDetails(ConflictArea.Procurement, "Shares in a supplier", null, "Warehouse"));
        await using var db = Database.CreateContext();
        var report = World.Intake.File(Submission with { PersonsConcerned = [] }, null).Report;

        Assert.Null(await World.Recusal(db).FindAsync(report, TestWorld.OfficerA, CaseRole.HandlingOfficer));
        Assert.Equal(RecusalRules.HandlerMustNotHaveConflictOfInterest,
            await World.Recusal(db).FindAsync(report, TestWorld.OfficerA, CaseRole.HandlingOfficer, ProcessKey.Normalize("warehouse")));
    }

    // Reg. 24.6: a conflict naming someone else than the persons concerned does not touch the case.
    [Fact]
    public async Task EligibleHandlersAsync_ConflictNamingSomeoneElse_KeepsTheOfficerEligibleUnderReg24_6()
    {
        await DeclareConflictAsync(TestWorld.OfficerA, new ConflictDetails(ConflictArea.Other, "Family", "My sister Aigerim Nurlanova", "Family matters"));
        await using var db = Database.CreateContext();
        var report = World.Intake.File(Submission, null).Report;

        Assert.Equal([TestWorld.OfficerA, TestWorld.OfficerB], await World.Recusal(db).EligibleHandlersAsync(report));
        await World.Recusal(db).EnsureMayTakePartAsync(report, TestWorld.OfficerA, CaseRole.Investigator);
    }

    // Decision 118: the handler's appointment ended, so the case has nobody in office: another officer may take it over.
    [Fact]
    public async Task ClearHandlerAsync_HandlersTermEnded_TheCaseMayBeTakenOver()
    {
        var id = await FileAndAcknowledgeByAAsync();
        await using var db = Database.CreateContext();
        var b = await World.OfficerAsync(db, TestWorld.OfficerB);
        (await db.OfficerAppointments.SingleAsync(a => a.OfficerAadObjectId == TestWorld.OfficerA))
            .Terminate(World.Clock.Today, TestWorld.Director, World.Clock.Now, "Left the company");
        await db.SaveChangesAsync();
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == id);

        var clearance = await World.Recusal(db).ClearHandlerAsync(report, b);
        report.TakeOver(clearance, World.Clock.Now);

        Assert.True(clearance.HandlerGone);
        Assert.Equal(TestWorld.OfficerB, report.AssignedOfficerAadObjectId);
    }

    // Decision 118: a successor's clearance is for the handler's hand-over; it does not let the successor take the
    // case over while the handler is still in office.
    [Fact]
    public async Task ClearSuccessorAsync_HandlerStillInOffice_IsNoTakeOverClearance()
    {
        var id = await FileAndAcknowledgeByAAsync();
        await using var db = Database.CreateContext();
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == id);

        var successor = await World.Recusal(db).ClearSuccessorAsync(report, TestWorld.OfficerB);

        Assert.False(successor.HandlerGone);
        var refused = Assert.Throws<DomainRuleException>(() => report.TakeOver(successor, World.Clock.Now));
        Assert.Equal(ConfidentialReport.OnlyAssignedOfficerHandlesReport, refused.Rule);
        Assert.Equal(TestWorld.OfficerA, report.AssignedOfficerAadObjectId);
    }

    // Decision 118: the vetting reads the report from the register when this unit of work has not loaded it.
    [Fact]
    public async Task AssignAsync_ReportNotLoadedInThisUnitOfWork_ChecksItsHandlerFromTheRegister()
    {
        var investigationId = await OpenInvestigationByAAsync();
        await using var db = Database.CreateContext();
        var investigation = await db.Investigations.SingleAsync(i => i.Id == investigationId);
        var vetting = new InvestigatorVetting(db, World.Clock, World.Recusal(db));

        var b = await World.OfficerAsync(db, TestWorld.OfficerB);
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => vetting.AssignAsync(investigation, b, "aad-investigator"));
        await vetting.AssignAsync(investigation, await World.OfficerAsync(db), "aad-investigator");
        await db.SaveChangesAsync();

        Assert.Equal(ConfidentialReport.OnlyAssignedOfficerHandlesReport, refused.Rule);
        Assert.Equal("aad-investigator", investigation.Assignments.Single().InvestigatorAadObjectId);
    }

    // Decision 118: the handler who took the case over in this same unit of work assigns — the report as changed here
    // counts, not the stored one; and another report loaded beside it is not confused with it.
    [Fact]
    public async Task AssignAsync_HandlerChangedInThisUnitOfWork_TheLoadedReportCounts()
    {
        var investigationId = await OpenInvestigationByAAsync();
        await using var db = Database.CreateContext();
        var a = await World.OfficerAsync(db);
        var b = await World.OfficerAsync(db, TestWorld.OfficerB);
        var other = World.Intake.File(Submission with { Description = "Another tender" }, null).Report;
        db.ConfidentialReports.Add(other);
        await World.AcknowledgeAsync(db, other, a);
        var investigation = await db.Investigations.SingleAsync(i => i.Id == investigationId);
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == investigation.ReportId);
        report.StepAside(a, ReassignmentReason.Recusal, World.Clock.Now);
        report.TakeOver(await World.Recusal(db).ClearHandlerAsync(report, b), World.Clock.Now);
        var vetting = new InvestigatorVetting(db, World.Clock, World.Recusal(db));

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => vetting.AssignAsync(investigation, a, "aad-investigator"));
        await vetting.AssignAsync(investigation, b, "aad-investigator");

        Assert.Equal(ConfidentialReport.OnlyAssignedOfficerHandlesReport, refused.Rule);
        Assert.Equal(TestWorld.OfficerB, investigation.Assignments.Single().AssignedBy);
    }

    private async Task<Guid> OpenInvestigationByAAsync()
    {
        var id = await FileAndAcknowledgeByAAsync();
        await using var db = Database.CreateContext();
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == id);
        var a = await World.OfficerAsync(db);
        report.StartReview(a, World.Clock.Now);
        var investigation = Investigation.Open(report, a, "Procurement of fuel", World.Clock.Now);
        db.Investigations.Add(investigation);
        await db.SaveChangesAsync();
        return investigation.Id;
    }

    private async Task<Guid> FileAndAcknowledgeByAAsync()
    {
        await using var db = Database.CreateContext();
        var report = World.Intake.File(Submission, null).Report;
        db.ConfidentialReports.Add(report);
        await World.AcknowledgeAsync(db, report, await World.OfficerAsync(db));
        await db.SaveChangesAsync();
        return report.Id;
    }

    private async Task DeclareConflictAsync(string declarant, ConflictDetails details)
    {
        await using var db = Database.CreateContext();
        db.ConflictDeclarations.Add(ConflictOfInterestDeclaration.File(declarant, details, World.Clock));
        await db.SaveChangesAsync();
    }
}
