using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Declarations;

/// <summary>Reg. 24.5, 24.6 (<see cref="ReviewerSelection"/>): who reviews a declaration, and who may decide it.</summary>
public sealed class DeclarationReviewersTests : RegisterTestBase
{
    private static GiftDetails Gift() => new(
        GiftDirection.Received, new DateOnly(2026, 3, 8), "A. Supplier", "Supplier LLP", true,
        "8 March", "A leather briefcase", 25_000m, GiftWhereabouts.WithDeclarant);

    [Fact]
    public void Select_OfficerDeclaresWithAColleague_OnlyTheColleagueReviews()
    {
        var reviewers = ReviewerSelection.Select(TestWorld.OfficerA, [TestWorld.OfficerA, TestWorld.OfficerB], TestWorld.Director);

        Assert.Equal([new DeclarationReviewerChoice(TestWorld.OfficerB, ReviewerRole.Officer)], reviewers);
    }

    [Fact]
    public void Select_EmployeeDeclares_EveryOfficerReviewsAndNotTheDirector()
    {
        var reviewers = ReviewerSelection.Select(TestWorld.Employee, [TestWorld.OfficerA, TestWorld.OfficerB], TestWorld.Director);

        Assert.Equal([TestWorld.OfficerA, TestWorld.OfficerB], reviewers.Select(r => r.AadObjectId));
        Assert.All(reviewers, r => Assert.Equal(ReviewerRole.Officer, r.Role));
    }

    // Reg. 6–7's default service has one officer: their own declaration goes to the director.
    [Fact]
    public void Select_SingleOfficerDeclares_TheDirectorReviews()
    {
        var reviewers = ReviewerSelection.Select(TestWorld.OfficerA, [TestWorld.OfficerA], TestWorld.Director);

        Assert.Equal([new DeclarationReviewerChoice(TestWorld.Director, ReviewerRole.Director)], reviewers);
    }

    [Fact]
    public void Select_NoDirectorConfigured_NobodyReviews()
    {
        Assert.Empty(ReviewerSelection.Select(TestWorld.OfficerA, [TestWorld.OfficerA], " "));
    }

    // Reg. 24.5, 24.6: the director's own declaration is not the director's to decide either.
    [Fact]
    public void Select_DirectorDeclaresWithNoOfficer_NobodyReviews()
    {
        Assert.Empty(ReviewerSelection.Select(TestWorld.Director, [], TestWorld.Director));
    }

    // Reg. 24.5: with one officer, the director decides the officer's gift; the decision is the director's, audited as such.
    [Fact]
    public async Task RequireAsync_DirectorWhenTheOnlyOfficerDeclared_DecidesAndIsAuditedAsTheDirector()
    {
        await EndAppointmentAsync(TestWorld.OfficerB);
        await using (var db = Database.CreateContext())
        {
            var declaration = GiftDeclaration.File(TestWorld.OfficerA, Gift(), World.Clock);
            db.GiftDeclarations.Add(declaration);
            await db.SaveChangesAsync();

            var director = await Reviewers(db).RequireAsync(TestWorld.Director, TestWorld.OfficerA);
            declaration.Decide(director, GiftOutcome.HandOverToEnterprise, "Above the threshold", World.Clock.Now);
            await db.SaveChangesAsync();
            Assert.Equal(ReviewerRole.Director, director.Role);
        }

        await using var read = Database.CreateContext();
        var stored = await read.GiftDeclarations.Include(d => d.Decision).SingleAsync();
        Assert.Equal((DeclarationStatus.Decided, TestWorld.Director), (stored.Status, stored.Decision!.DecidedBy));
        Assert.True(await read.AuditEntries.AnyAsync(e => e.Action == "GiftDecidedByDirector" && e.Actor == TestWorld.Director));
    }

    // Reg. 24.6: while another officer is active, the director is not a reviewer of the officer's declaration.
    [Fact]
    public async Task RequireAsync_DirectorWhileAnotherOfficerIsActive_IsRefused()
    {
        await using var db = Database.CreateContext();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Reviewers(db).RequireAsync(TestWorld.Director, TestWorld.OfficerA));

        Assert.Equal(OfficerRoster.OnlyActiveOfficerRule, error.Rule);
    }

    [Fact]
    public async Task RequireAsync_DirectorOnAnEmployeesDeclaration_IsRefused()
    {
        await EndAppointmentAsync(TestWorld.OfficerB);
        await using var db = Database.CreateContext();

        await Assert.ThrowsAsync<DomainRuleException>(() => Reviewers(db).RequireAsync(TestWorld.Director, TestWorld.Employee));
    }

    // Reg. 24.5: when the selection names the director for the only officer's declaration, it names the director
    // alone — an employee (or the officer who left) is still refused.
    [Fact]
    public async Task RequireAsync_SomeoneElseWhileTheDirectorIsTheReviewer_IsRefused()
    {
        await EndAppointmentAsync(TestWorld.OfficerB);
        await using var db = Database.CreateContext();

        var employee = await Assert.ThrowsAsync<DomainRuleException>(() => Reviewers(db).RequireAsync(TestWorld.Employee, TestWorld.OfficerA));
        var formerOfficer = await Assert.ThrowsAsync<DomainRuleException>(() => Reviewers(db).RequireAsync(TestWorld.OfficerB, TestWorld.OfficerA));

        Assert.Equal(OfficerRoster.OnlyActiveOfficerRule, employee.Rule);
        Assert.Equal(OfficerRoster.OnlyActiveOfficerRule, formerOfficer.Rule);
        Assert.Equal(ReviewerRole.Director, (await Reviewers(db).RequireAsync(TestWorld.Director, TestWorld.OfficerA)).Role);
    }

    // Reg. 24.6: the single officer's conflict is assessed by the director, audited as the director's.
    [Fact]
    public async Task Assess_DirectorForTheOnlyOfficer_IsRecordedAsTheDirectors()
    {
        await EndAppointmentAsync(TestWorld.OfficerB);
        await using var db = Database.CreateContext();
        var declaration = ConflictOfInterestDeclaration.File(
            TestWorld.OfficerA, new ConflictDetails(ConflictArea.Procurement, "My brother bids", null, "Tender 14"), World.Clock);
        db.ConflictDeclarations.Add(declaration);
        await db.SaveChangesAsync();

        var director = await Reviewers(db).RequireAsync(TestWorld.Director, TestWorld.OfficerA);
        declaration.Assess(director, ConflictLevel.None, null, null, null, "No interest in the outcome", World.Clock);
        await db.SaveChangesAsync();

        Assert.Equal(TestWorld.Director, declaration.Assessment!.AssessedBy);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "ConflictAssessedByDirector"));
    }

    private DeclarationReviewers Reviewers(RegistersDbContext db) =>
        new(World.Roster(db), World.Clock, Options.Create(new OrganizationOptions { DirectorAadObjectId = TestWorld.Director }));

    private async Task EndAppointmentAsync(string officer)
    {
        await using var db = Database.CreateContext();
        (await db.OfficerAppointments.SingleAsync(a => a.OfficerAadObjectId == officer)).Terminate(World.Clock.Today, TestWorld.Director, World.Clock.Now);
        await db.SaveChangesAsync();
    }
}
