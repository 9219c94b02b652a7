using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Gifts;

public sealed class GiftDeclarationTests : RegisterTestBase
{
    private static GiftDetails Details(decimal value = 25_000m) => new(
        GiftDirection.Received, new DateOnly(2026, 3, 8), "A. Supplier", "Supplier LLP", true,
        "8 March", "Flowers and a box of chocolates", value, GiftWhereabouts.WithDeclarant);

    [Fact]
    public async Task File_ThenReload_RoundTripsEveryFieldAndNumber()
    {
        await using (var db = Database.CreateContext())
        {
            db.GiftDeclarations.Add(GiftDeclaration.File(TestWorld.Employee, Details(), World.Clock));
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var stored = await read.GiftDeclarations.SingleAsync();
        Assert.Equal("G-2026-0001", stored.Number);
        Assert.Equal(Details(), stored.Current.Details);
        Assert.Equal(DeclarationStatus.Pending, stored.Status);
        Assert.Equal(World.Clock.Now, stored.FiledAt);
    }

    // Reg. 24.5, 24.6: an officer's own gift is reviewed by someone else.
    [Fact]
    public async Task Decide_OfficerOnOwnDeclaration_IsRefused()
    {
        await using var db = Database.CreateContext();
        var declaration = GiftDeclaration.File(TestWorld.OfficerA, Details(), World.Clock);
        var officer = await World.OfficerAsync(db);

        var error = Assert.Throws<DomainRuleException>(() => declaration.Decide(officer, GiftOutcome.MayKeep, "token", World.Clock.Now));

        Assert.Equal(DeclarationRules.OfficerMustNotDecideOwnDeclaration, error.Rule);
        Assert.Equal(DomainMessageKeys.OwnDeclaration, error.MessageKey);
    }

    // Reg. 14.13: a decision is recorded once; a second officer acting on a stale card does not overwrite it.
    [Fact]
    public async Task Decide_SecondOfficerAfterDecision_IsRefusedAndFirstDecisionStays()
    {
        var id = await FileAsync();
        await using (var db = Database.CreateContext())
        {
            var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == id);
            declaration.Decide(await World.OfficerAsync(db), GiftOutcome.HandOverToEnterprise, "Above the threshold", World.Clock.Now);
            await db.SaveChangesAsync();
        }

        await using var other = Database.CreateContext();
        var again = await other.GiftDeclarations.SingleAsync(d => d.Id == id);
        var officerB = await World.OfficerAsync(other, TestWorld.OfficerB);
        var error = Assert.Throws<DomainRuleException>(() => again.Decide(officerB, GiftOutcome.MayKeep, "Fine", World.Clock.Now));
        Assert.Equal(DeclarationRules.DecisionIsRecordedOnce, error.Rule);
        Assert.Equal(GiftOutcome.HandOverToEnterprise, again.Decision!.Outcome);
        Assert.Equal(TestWorld.OfficerA, again.Decision.DecidedBy);
    }

    [Fact]
    public async Task Decide_WithoutReason_IsRefused()
    {
        await using var db = Database.CreateContext();
        var declaration = GiftDeclaration.File(TestWorld.Employee, Details(), World.Clock);
        var officer = await World.OfficerAsync(db);

        var error = Assert.Throws<DomainRuleException>(() => declaration.Decide(officer, GiftOutcome.Return, " ", World.Clock.Now));

        Assert.Equal(DeclarationRules.DecisionMustHaveReason, error.Rule);
    }

    // A supplement is a new version row; the original stays as filed.
    [Fact]
    public async Task Amend_WhilePending_AddsVersionAndKeepsOriginal()
    {
        var id = await FileAsync();
        await using (var db = Database.CreateContext())
        {
            var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == id);
            declaration.Amend(TestWorld.Employee, VersionKind.Correction, Details(40_000m), World.Clock.Now);
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var versions = await read.Set<GiftDeclarationVersion>().Where(v => v.DeclarationId == id).OrderBy(v => v.VersionNumber).ToListAsync();
        Assert.Equal([25_000m, 40_000m], versions.Select(v => v.Details.EstimatedValueKzt));
        Assert.Equal(VersionKind.Correction, versions[1].Kind);
    }

    [Fact]
    public async Task Amend_AfterDecision_IsRefused()
    {
        await using var db = Database.CreateContext();
        var declaration = GiftDeclaration.File(TestWorld.Employee, Details(), World.Clock);
        declaration.Decide(await World.OfficerAsync(db), GiftOutcome.MayKeep, "Symbolic value", World.Clock.Now);

        var error = Assert.Throws<DomainRuleException>(() => declaration.Amend(TestWorld.Employee, VersionKind.Supplement, Details(), World.Clock.Now));

        Assert.Equal(DeclarationRules.OnlyDeclarantAmendsPendingDeclaration, error.Rule);
    }

    [Fact]
    public void File_NegativeValue_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => GiftDeclaration.File(TestWorld.Employee, Details(-1m), World.Clock));

        Assert.Equal(DomainMessageKeys.GiftValueInvalid, error.MessageKey);
    }

    private async Task<Guid> FileAsync()
    {
        await using var db = Database.CreateContext();
        var declaration = GiftDeclaration.File(TestWorld.Employee, Details(), World.Clock);
        db.GiftDeclarations.Add(declaration);
        await db.SaveChangesAsync();
        return declaration.Id;
    }
}
