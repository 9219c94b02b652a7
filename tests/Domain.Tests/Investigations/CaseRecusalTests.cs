using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Investigations;

/// <summary>
/// The handling officer is vetted like an investigator (regulation invariant 3; decision 118): officer A is made
/// ineligible one rule at a time, officer B stays eligible.
/// </summary>
public sealed class CaseRecusalTests : RegisterTestBase
{
    private static readonly ReportSubmission Submission = new(
        ReportCategory.Procurement, "Rigged tender", null, ["Serik Bekov"], false, "Procurement of fuel");

    // Reg. 24.2: an officer named in the report cannot handle it: no card, no acknowledgement.
    [Fact]
    public async Task ClearHandlerAsync_OfficerIsPersonConcerned_IsRefusedUnderReg24_2()
    {
        await AddEmployeeAsync(TestWorld.OfficerA, "Serik Bekov");

        var (error, eligible) = await VetOfficerAAsync();

        Assert.Equal(RecusalRules.HandlerMustNotBeAPersonConcerned, error!.Rule);
        Assert.Equal("24.2", error.Rule.Clause);
        Assert.Equal([TestWorld.OfficerB], eligible);
    }

    // Reg. 24.2: the reporter types the name as people write it — surname first, an initial — and it still recuses.
    [Fact]
    public async Task ClearHandlerAsync_OfficerNamedSurnameFirstWithInitial_IsRefusedUnderReg24_2()
    {
        await AddEmployeeAsync(TestWorld.OfficerA, "Serik Bekov");
        await AddEmployeeAsync(TestWorld.OfficerB, "Aigerim Nurlanova");

        await using var db = Database.CreateContext();
        var report = World.Intake.File(Submission with { PersonsConcerned = ["BEKOV S."] }, null).Report;

        Assert.Equal(RecusalRules.HandlerMustNotBeAPersonConcerned, (await World.Recusal(db).FindAsync(report, TestWorld.OfficerA, CaseRole.HandlingOfficer)));
        Assert.Null(await World.Recusal(db).FindAsync(report, TestWorld.OfficerB, CaseRole.HandlingOfficer));
    }

    // Reg. 24.6: a declared conflict naming the person concerned the other way round ("Bekov S.") still touches the case.
    [Fact]
    public async Task ClearHandlerAsync_ConflictNamesThePersonSurnameFirst_IsRefusedUnderReg24_6()
    {
        await using (var db = Database.CreateContext())
        {
            db.ConflictDeclarations.Add(ConflictOfInterestDeclaration.File(
                TestWorld.OfficerA, new ConflictDetails(ConflictArea.Other, "Family", "My brother-in-law, Bekov S.", "Family matters"), World.Clock));
            await db.SaveChangesAsync();
        }

        var (error, eligible) = await VetOfficerAAsync();

        Assert.Equal(RecusalRules.HandlerMustNotHaveConflictOfInterest, error!.Rule);
        Assert.Equal([TestWorld.OfficerB], eligible);
    }

    // Reg. 24.1: an officer who took part in the process the reporter named, within three years, cannot handle it.
    [Fact]
    public async Task ClearHandlerAsync_OfficerTookPartInProcessWithinThreeYears_IsRefusedUnderReg24_1()
    {
        await RecordParticipationAsync(TestWorld.OfficerA, "procurement  OF fuel", new DateOnly(2024, 1, 1), new DateOnly(2025, 6, 30));

        var (error, eligible) = await VetOfficerAAsync();

        Assert.Equal(RecusalRules.HandlerMustNotHaveTakenPartInProcessWithinThreeYears, error!.Rule);
        Assert.Equal("24.1", error.Rule.Clause);
        Assert.Equal([TestWorld.OfficerB], eligible);
    }

    // Reg. 24.1: participation that ended more than three years ago does not disqualify.
    [Fact]
    public async Task ClearHandlerAsync_ParticipationEndedMoreThanThreeYearsAgo_IsAllowed()
    {
        await RecordParticipationAsync(TestWorld.OfficerA, "Procurement of fuel", new DateOnly(2020, 1, 1), new DateOnly(2023, 3, 1));

        var (error, eligible) = await VetOfficerAAsync();

        Assert.Null(error);
        Assert.Equal([TestWorld.OfficerA, TestWorld.OfficerB], eligible);
    }

    // Reg. 24.6: a declared conflict touching a person concerned disqualifies the handler.
    [Fact]
    public async Task ClearHandlerAsync_OfficerDeclaredConflictTouchingTheCase_IsRefusedUnderReg24_6()
    {
        await using (var db = Database.CreateContext())
        {
            db.ConflictDeclarations.Add(ConflictOfInterestDeclaration.File(
                TestWorld.OfficerA, new ConflictDetails(ConflictArea.Other, "Family", "My brother-in-law Serik Bekov", "Family matters"), World.Clock));
            await db.SaveChangesAsync();
        }

        var (error, eligible) = await VetOfficerAAsync();

        Assert.Equal(RecusalRules.HandlerMustNotHaveConflictOfInterest, error!.Rule);
        Assert.Equal("24.6", error.Rule.Clause);
        Assert.Equal([TestWorld.OfficerB], eligible);
    }

    // Reg. 29: the director is a person concerned in a report that implicates the director.
    [Fact]
    public async Task FindAsync_DirectorOnReportImplicatingTheDirector_IsPersonConcerned()
    {
        await using var db = Database.CreateContext();
        var implicated = World.Intake.File(Submission with { DirectorImplicated = true }, null).Report;
        var ordinary = World.Intake.File(Submission, null).Report;

        Assert.Equal(RecusalRules.HandlerMustNotBeAPersonConcerned, (await World.Recusal(db).FindAsync(implicated, TestWorld.Director, CaseRole.HandlingOfficer)));
        Assert.Null(await World.Recusal(db).FindAsync(ordinary, TestWorld.Director, CaseRole.HandlingOfficer));
    }

    // Reg. 24.1: the process the investigation is opened on counts too, for the handler as for investigators.
    [Fact]
    public async Task FindAsync_ProcessNamedAtInvestigation_CountsForTheHandler()
    {
        await RecordParticipationAsync(TestWorld.OfficerA, "Warehouse", new DateOnly(2025, 1, 1), null);
        await using var db = Database.CreateContext();
        var report = World.Intake.File(Submission, null).Report;

        Assert.Null(await World.Recusal(db).FindAsync(report, TestWorld.OfficerA, CaseRole.HandlingOfficer));
        Assert.Equal(RecusalRules.HandlerMustNotHaveTakenPartInProcessWithinThreeYears,
            (await World.Recusal(db).FindAsync(report, TestWorld.OfficerA, CaseRole.HandlingOfficer, ProcessKey.Normalize("warehouse"))));
    }

    // Decision 118: the handler hands the case to an eligible officer; recorded as a transition and audited.
    [Fact]
    public async Task Reassign_ToEligibleOfficer_IsRecordedAndAudited()
    {
        var id = await FileAndAcknowledgeByAAsync();
        await using (var db = Database.CreateContext())
        {
            var report = await db.ConfidentialReports.SingleAsync(r => r.Id == id);
            var successor = await World.Recusal(db).ClearSuccessorAsync(report, TestWorld.OfficerB);
            report.Reassign(await World.OfficerAsync(db), successor, ReassignmentReason.Absence, World.Clock.Now);
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var stored = await read.ConfidentialReports.SingleAsync(r => r.Id == id);
        Assert.Equal(TestWorld.OfficerB, stored.AssignedOfficerAadObjectId);
        var step = stored.Transitions.Single(t => t.Event == ReportEvent.Reassigned);
        Assert.Equal((TestWorld.OfficerA, $"to {TestWorld.OfficerB}, reason Absence"), (step.Actor, step.Note));
        var audit = await read.AuditEntries.SingleAsync(a => a.Action == "ReportReassigned");
        Assert.Equal((TestWorld.OfficerA, id.ToString(), $"to {TestWorld.OfficerB}, reason Absence"), (audit.Actor, audit.EntityId, audit.Details));
    }

    // Reg. 24.6: a successor with a touching conflict cannot be assigned.
    [Fact]
    public async Task ClearSuccessorAsync_SuccessorDeclaredConflictOnProcess_IsRefused()
    {
        var id = await FileAndAcknowledgeByAAsync();
        await using (var seed = Database.CreateContext())
        {
            seed.ConflictDeclarations.Add(ConflictOfInterestDeclaration.File(
                TestWorld.OfficerB, new ConflictDetails(ConflictArea.Procurement, "Shares in a bidder", null, "Procurement of fuel"), World.Clock));
            await seed.SaveChangesAsync();
        }

        await using var db = Database.CreateContext();
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == id);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => World.Recusal(db).ClearSuccessorAsync(report, TestWorld.OfficerB));

        Assert.Equal(RecusalRules.HandlerMustNotHaveConflictOfInterest, error.Rule);
    }

    // Decision 118: only the handler hands the case over.
    [Fact]
    public async Task Reassign_ByAnotherOfficer_IsRefused()
    {
        var id = await FileAndAcknowledgeByAAsync();
        await using var db = Database.CreateContext();
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == id);
        var successor = await World.Recusal(db).ClearSuccessorAsync(report, TestWorld.OfficerB);
        var b = await World.OfficerAsync(db, TestWorld.OfficerB);

        var error = Assert.Throws<DomainRuleException>(() => report.Reassign(b, successor, ReassignmentReason.Recusal, World.Clock.Now));

        Assert.Equal(ConfidentialReport.OnlyAssignedOfficerHandlesReport, error.Rule);
    }

    // Decision 118: only the assigned officer acts on the case — each action refuses officer B.
    [Fact]
    public async Task EveryCaseAction_ByOfficerNotAssigned_IsRefused()
    {
        var id = await FileAndAcknowledgeByAAsync();
        await using var db = Database.CreateContext();
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == id);
        var a = await World.OfficerAsync(db);
        var b = await World.OfficerAsync(db, TestWorld.OfficerB);
        report.StartReview(a, World.Clock.Now);
        var investigation = Investigation.Open(report, a, "Procurement of fuel", World.Clock.Now);
        db.Investigations.Add(investigation);
        await db.SaveChangesAsync();
        var employee = Employee.Create("aad-employee-3", "tenant", "Marat Employee", "ru", World.Clock.Now);
        var vetting = new InvestigatorVetting(db, World.Clock, World.Recusal(db));

        var refusals = new List<DomainRule>
        {
            Assert.Throws<DomainRuleException>(() => report.PostOfficerMessage(b, "Hello", World.Clock.Now)).Rule,
            Assert.Throws<DomainRuleException>(() => ExplanationRequest.Request(report, b, employee, "Explain", World.Clock.Today.AddDays(3), World.Clock)).Rule,
            Assert.Throws<DomainRuleException>(() => investigation.Conclude(report, b, "Findings", World.Clock.Now)).Rule,
            (await Assert.ThrowsAsync<DomainRuleException>(() => vetting.AssignAsync(investigation, b, "aad-investigator-9"))).Rule,
            Assert.Throws<DomainRuleException>(() => report.Close(b, ReportOutcome.OutsideScope, "Feedback", World.Clock.Now)).Rule,
        };

        Assert.All(refusals, rule => Assert.Equal(ConfidentialReport.OnlyAssignedOfficerHandlesReport, rule));
        investigation.Conclude(report, a, "Findings", World.Clock.Now);
        Assert.Equal(TestWorld.OfficerA, investigation.ConcludedBy);
    }

    // Decision 118: a case with a handler is not taken over; after the handler steps aside, an eligible officer takes it.
    [Fact]
    public async Task TakeOver_OnlyWhenTheHandlerIsGone()
    {
        var id = await FileAndAcknowledgeByAAsync();
        await using var db = Database.CreateContext();
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == id);
        var b = await World.OfficerAsync(db, TestWorld.OfficerB);

        var whileHandled = await World.Recusal(db).ClearHandlerAsync(report, b);

        var refused = Assert.Throws<DomainRuleException>(() => report.TakeOver(whileHandled, World.Clock.Now));
        report.StepAside(await World.OfficerAsync(db), ReassignmentReason.Recusal, World.Clock.Now);
        report.TakeOver(await World.Recusal(db).ClearHandlerAsync(report, b), World.Clock.Now);
        await db.SaveChangesAsync();

        Assert.Equal(ConfidentialReport.OnlyAssignedOfficerHandlesReport, refused.Rule);
        Assert.Equal(TestWorld.OfficerB, report.AssignedOfficerAadObjectId);
        Assert.Equal([ReportEvent.HandlerSteppedAside, ReportEvent.TakenOver], report.Transitions.TakeLast(2).Select(t => t.Event));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "ReportTakenOver" && e.Actor == TestWorld.OfficerB));
    }

    private async Task<(DomainRuleException? Error, IReadOnlyList<string> Eligible)> VetOfficerAAsync()
    {
        await using var db = Database.CreateContext();
        var report = World.Intake.File(Submission, null).Report;
        db.ConfidentialReports.Add(report);
        await db.SaveChangesAsync();
        var eligible = await World.Recusal(db).EligibleHandlersAsync(report);
        try
        {
            report.Acknowledge(await World.Recusal(db).ClearHandlerAsync(report, await World.OfficerAsync(db)), World.Clock.Now);
            await db.SaveChangesAsync();
            return (null, eligible);
        }
        catch (DomainRuleException error)
        {
            db.ChangeTracker.Clear();
            Assert.Equal(ReportStatus.Received, (await db.ConfidentialReports.SingleAsync(r => r.Id == report.Id)).Status);
            return (error, eligible);
        }
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

    private async Task AddEmployeeAsync(string id, string name)
    {
        await using var db = Database.CreateContext();
        db.Employees.Add(Employee.Create(id, "tenant", name, "kk", World.Clock.Now));
        await db.SaveChangesAsync();
    }

    private async Task RecordParticipationAsync(string person, string process, DateOnly from, DateOnly? to)
    {
        await using var db = Database.CreateContext();
        db.ParticipationRecords.Add(ParticipationRecord.Record(person, process, from, to, TestWorld.OfficerB, World.Clock.Now));
        await db.SaveChangesAsync();
    }
}
