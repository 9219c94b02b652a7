using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Persistence;

/// <summary>Design decision 3, regulation invariant 4: nothing in a register is deleted or overwritten in place.</summary>
public sealed class AppendOnlyInterceptorTests : RegisterTestBase
{
    private static GiftDetails GiftDetails => new(
        GiftDirection.Received, new DateOnly(2026, 2, 1), "X", null, false, "Visit", "Pen", 3000m, GiftWhereabouts.WithDeclarant);

    private static ConflictDetails ConflictDetails => new(ConflictArea.Hiring, "Cousin applies", null, "Hiring 2026-3");

    [Fact]
    public async Task SaveChangesAsync_DeletingGiftVersion_IsRefused()
    {
        await using var db = Database.CreateContext();
        var gift = GiftDeclaration.File(TestWorld.Employee, GiftDetails, World.Clock);
        db.GiftDeclarations.Add(gift);
        await db.SaveChangesAsync();

        db.Remove(gift.Current);
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => db.SaveChangesAsync());

        Assert.Equal(AppendOnlyInterceptor.Rule, error.Rule);
    }

    [Fact]
    public async Task SaveChangesAsync_DeletingAuditEntry_IsRefused()
    {
        await using var db = Database.CreateContext();
        db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => db.SaveChangesAsync());

        Assert.Equal(DomainMessageKeys.RegisterRowImmutable, error.MessageKey);
    }

    [Fact]
    public async Task SaveChangesAsync_OverwritingVersionDetails_IsRefused()
    {
        await using var db = Database.CreateContext();
        var gift = GiftDeclaration.File(TestWorld.Employee, GiftDetails, World.Clock);
        db.GiftDeclarations.Add(gift);
        await db.SaveChangesAsync();

        db.Entry(gift.Current).ComplexProperty(v => v.Details).CurrentValue = GiftDetails with { EstimatedValueKzt = 1m };
        await Assert.ThrowsAsync<DomainRuleException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task SaveChangesAsync_OverwritingFiledColumnOfConflict_IsRefused()
    {
        await using var db = Database.CreateContext();
        var conflict = ConflictOfInterestDeclaration.File(TestWorld.Employee, ConflictDetails, World.Clock);
        db.ConflictDeclarations.Add(conflict);
        await db.SaveChangesAsync();

        db.Entry(conflict).Property(c => c.DeclarantAadObjectId).CurrentValue = "someone-else";
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => db.SaveChangesAsync());

        Assert.Contains("DeclarantAadObjectId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_Gift_IsNewDecisionRowAndVersionsUntouched()
    {
        var gift = GiftDeclaration.File(TestWorld.Employee, GiftDetails, World.Clock);
        await using (var db = Database.CreateContext())
        {
            db.GiftDeclarations.Add(gift);
            await db.SaveChangesAsync();
            gift.Decide(await World.OfficerAsync(db), GiftOutcome.MayKeep, "Symbolic", World.Clock.Now);
            db.ChangeTracker.DetectChanges();
            Assert.Equal(EntityState.Added, db.Entry(gift.Decision!).State);
            Assert.Equal(EntityState.Unchanged, db.Entry(gift.Current).State);
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        Assert.Equal(1, await read.Set<GiftDecision>().CountAsync());
    }

    [Fact]
    public async Task Assess_Conflict_IsNewAssessmentRow()
    {
        await using var db = Database.CreateContext();
        var conflict = ConflictOfInterestDeclaration.File(TestWorld.Employee, ConflictDetails, World.Clock);
        db.ConflictDeclarations.Add(conflict);
        await db.SaveChangesAsync();

        conflict.Assess(await World.OfficerAsync(db), ConflictLevel.None, null, null, null, "No link found", World.Clock);
        db.ChangeTracker.DetectChanges();

        Assert.Equal(EntityState.Added, db.Entry(conflict.Assessment!).State);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Acknowledge_Report_IsNewTransitionRowAndMessageRow()
    {
        await using var db = Database.CreateContext();
        var report = World.Intake.File(new ReportSubmission(ReportCategory.Ethics, "Rude conduct", null, [], false), null).Report;
        db.ConfidentialReports.Add(report);
        await db.SaveChangesAsync();

        await World.AcknowledgeAsync(db, report, await World.OfficerAsync(db));
        report.PostReporterMessage("More detail", World.Clock);
        await db.SaveChangesAsync();

        Assert.Equal(2, await db.Set<ReportTransition>().CountAsync());
        Assert.Equal(1, await db.Set<ReportMessage>().CountAsync());
    }

    [Fact]
    public async Task Terminate_AppointmentTwice_IsRefused()
    {
        await using var db = Database.CreateContext();
        var appointment = await db.OfficerAppointments.FirstAsync();
        appointment.Terminate(World.Clock.Today, TestWorld.Director, World.Clock.Now);
        await db.SaveChangesAsync();

        Assert.Throws<DomainRuleException>(() => appointment.Terminate(World.Clock.Today, TestWorld.Director, World.Clock.Now));
    }
}
