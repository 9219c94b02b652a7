using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Declarations;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Conflicts;

public sealed class ConflictOfInterestDeclarationTests : RegisterTestBase
{
    private static readonly ConflictDetails Details = new(
        ConflictArea.Procurement, "My brother owns a bidder", "Brother: B. Bidder", "Tender 2026-14 evaluation");

    // Reg. 14.12: an assessed conflict is settled and monitored; the assessment is a recorded row.
    [Fact]
    public async Task Assess_ActualConflictWithMeasure_RoundTrips()
    {
        Guid id;
        await using (var db = Database.CreateContext())
        {
            var declaration = ConflictOfInterestDeclaration.File(TestWorld.Employee, Details, World.Clock);
            declaration.Assess(await World.OfficerAsync(db), ConflictLevel.Actual, SettlementMeasure.RecusalFromDecision,
                "Removed from the evaluation committee", new DateOnly(2026, 6, 1), "Direct family interest", World.Clock);
            db.ConflictDeclarations.Add(declaration);
            await db.SaveChangesAsync();
            id = declaration.Id;
        }

        await using var read = Database.CreateContext();
        var stored = await read.ConflictDeclarations.SingleAsync(d => d.Id == id);
        Assert.Equal("C-2026-0001", stored.Number);
        Assert.Equal(DeclarationStatus.Decided, stored.Status);
        Assert.Equal(SettlementMeasure.RecusalFromDecision, stored.Assessment!.Measure);
        Assert.Equal(new DateOnly(2026, 6, 1), stored.Assessment.MonitoringDate);
        Assert.Equal(Details, stored.Current.Details);
    }

    // Reg. 14.12: a potential or actual conflict must be settled, not just noted.
    [Fact]
    public async Task Assess_PotentialConflictWithoutMeasure_IsRefused()
    {
        await using var db = Database.CreateContext();
        var declaration = ConflictOfInterestDeclaration.File(TestWorld.Employee, Details, World.Clock);
        var officer = await World.OfficerAsync(db);

        var error = Assert.Throws<DomainRuleException>(() =>
            declaration.Assess(officer, ConflictLevel.Potential, null, null, null, "Possible", World.Clock));

        Assert.Equal(ConflictOfInterestDeclaration.ConflictMustHaveSettlementMeasure, error.Rule);
    }

    // Reg. 24.6: the officer's own conflict is assessed by another officer.
    [Fact]
    public async Task Assess_OfficerOnOwnDeclaration_IsRefused()
    {
        await using var db = Database.CreateContext();
        var declaration = ConflictOfInterestDeclaration.File(TestWorld.OfficerB, Details, World.Clock);
        var officer = await World.OfficerAsync(db, TestWorld.OfficerB);

        var error = Assert.Throws<DomainRuleException>(() =>
            declaration.Assess(officer, ConflictLevel.None, null, null, null, "None", World.Clock));

        Assert.Equal(DeclarationRules.OfficerMustNotDecideOwnDeclaration, error.Rule);
    }

    [Fact]
    public async Task Assess_MonitoringDateInPast_IsRefused()
    {
        await using var db = Database.CreateContext();
        var declaration = ConflictOfInterestDeclaration.File(TestWorld.Employee, Details, World.Clock);
        var officer = await World.OfficerAsync(db);

        var error = Assert.Throws<DomainRuleException>(() => declaration.Assess(
            officer, ConflictLevel.Actual, SettlementMeasure.Divestment, null, new DateOnly(2026, 1, 1), "Shares", World.Clock));

        Assert.Equal(ConflictOfInterestDeclaration.MonitoringDateMustBeInFuture, error.Rule);
    }

    [Fact]
    public async Task Amend_ByAnotherPerson_IsRefused()
    {
        await using var db = Database.CreateContext();
        var declaration = ConflictOfInterestDeclaration.File(TestWorld.Employee, Details, World.Clock);

        var error = Assert.Throws<DomainRuleException>(() =>
            declaration.Amend(TestWorld.OfficerA, VersionKind.Supplement, Details, World.Clock.Now));

        Assert.Equal(DeclarationRules.OnlyDeclarantAmendsPendingDeclaration, error.Rule);
    }
}
