using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Investigations;

public sealed class InvestigatorVettingTests : RegisterTestBase
{
    private const string Investigator = "aad-investigator";

    // Reg. 24.1: nobody checks a process they took part in during the previous three years.
    [Fact]
    public async Task AssignAsync_TookPartInProcessTwoYearsAgo_IsRefused()
    {
        await RecordParticipationAsync(new DateOnly(2022, 1, 1), new DateOnly(2024, 3, 1));

        var error = await AssignAsync();

        Assert.Equal(InvestigatorVetting.InvestigatorMustNotHaveTakenPartInProcessWithinThreeYears, error!.Rule);
    }

    [Fact]
    public async Task AssignAsync_TookPartMoreThanThreeYearsAgo_IsAllowed()
    {
        await RecordParticipationAsync(new DateOnly(2019, 1, 1), new DateOnly(2023, 3, 1));

        Assert.Null(await AssignAsync());
        await using var db = Database.CreateContext();
        Assert.Equal(Investigator, (await db.Investigations.SingleAsync()).Assignments.Single().InvestigatorAadObjectId);
    }

    // Reg. 24.6: a declared conflict touching the process disqualifies.
    [Fact]
    public async Task AssignAsync_DeclaredConflictOnProcess_IsRefused()
    {
        await using (var db = Database.CreateContext())
        {
            db.ConflictDeclarations.Add(ConflictOfInterestDeclaration.File(
                Investigator, new ConflictDetails(ConflictArea.Procurement, "Shares in a bidder", null, "procurement  of fuel"), World.Clock));
            await db.SaveChangesAsync();
        }

        var error = await AssignAsync();

        Assert.Equal(InvestigatorVetting.InvestigatorMustNotHaveConflictOfInterest, error!.Rule);
    }

    // Reg. 24.6: a declared conflict touching a person concerned disqualifies too.
    [Fact]
    public async Task AssignAsync_DeclaredConflictNamingPersonConcerned_IsRefused()
    {
        await using (var db = Database.CreateContext())
        {
            db.ConflictDeclarations.Add(ConflictOfInterestDeclaration.File(
                Investigator, new ConflictDetails(ConflictArea.Other, "Family", "My uncle Serik Bekov", "Family matters"), World.Clock));
            await db.SaveChangesAsync();
        }

        var error = await AssignAsync();

        Assert.Equal(InvestigatorVetting.InvestigatorMustNotHaveConflictOfInterest, error!.Rule);
    }

    // Reg. 24.2: a person the report concerns cannot be impartial.
    [Fact]
    public async Task AssignAsync_InvestigatorIsPersonConcerned_IsRefused()
    {
        await using (var db = Database.CreateContext())
        {
            db.Employees.Add(Employee.Create(Investigator, "tenant", "Serik Bekov", "kk", World.Clock.Now));
            await db.SaveChangesAsync();
        }

        var error = await AssignAsync();

        Assert.Equal(InvestigatorVetting.InvestigatorMustNotBeAPersonConcerned, error!.Rule);
    }

    private async Task RecordParticipationAsync(DateOnly from, DateOnly to)
    {
        await using var db = Database.CreateContext();
        db.ParticipationRecords.Add(ParticipationRecord.Record(Investigator, "Procurement of fuel", from, to, TestWorld.OfficerA, World.Clock.Now));
        await db.SaveChangesAsync();
    }

    /// <summary>Files a report about fuel procurement naming Serik Bekov, opens an investigation, tries to assign.</summary>
    private async Task<DomainRuleException?> AssignAsync()
    {
        await using var db = Database.CreateContext();
        var officer = await World.OfficerAsync(db);
        var report = World.Intake.File(new ReportSubmission(ReportCategory.Procurement, "Rigged tender", null, ["Serik Bekov"], false), null).Report;
        await World.AcknowledgeAsync(db, report, officer);
        report.StartReview(officer, World.Clock.Now);
        db.ConfidentialReports.Add(report);
        await db.SaveChangesAsync();
        var investigation = Investigation.Open(report, officer, "Procurement of fuel", World.Clock.Now);
        db.Investigations.Add(investigation);
        await db.SaveChangesAsync();
        try
        {
            await new InvestigatorVetting(db, World.Clock, World.Recusal(db)).AssignAsync(investigation, officer, Investigator);
            await db.SaveChangesAsync();
            return null;
        }
        catch (DomainRuleException error)
        {
            return error;
        }
    }
}
