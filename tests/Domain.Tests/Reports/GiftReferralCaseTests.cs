using System.Text.Json;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Reports;

/// <summary>Reg. 14.13, 14.15, 23.3, 29: a gift referred for investigation opens a case handled like any report.</summary>
public sealed class GiftReferralCaseTests : RegisterTestBase
{
    private static readonly GiftDetails Details = new(
        GiftDirection.Received, new DateOnly(2026, 3, 8), "A. Supplier", "Supplier LLP", true,
        "Tender award", "A watch", 900_000m, GiftWhereabouts.WithDeclarant);

    private ReportNotices Notices(RegistersDbContext db)
    {
        var organization = Options.Create(new OrganizationOptions { DirectorAadObjectId = TestWorld.Director, AuthorizedBodyEmail = "agency@example.kz" });
        return new(db, World.Clock, organization, new DirectorDigest(db, World.Clock, Options.Create(new DirectorDigestOptions()), organization));
    }

    private async Task<ConfidentialReport> ReferAsync(string declarant, GiftOutcome outcome = GiftOutcome.ReferForInvestigation)
    {
        await using var db = Database.CreateContext();
        var declaration = GiftDeclaration.File(declarant, Details, World.Clock);
        db.GiftDeclarations.Add(declaration);
        await db.SaveChangesAsync();
        var officer = await World.OfficerAsync(db);
        declaration.Decide(officer, outcome, "Given by a bidder during the tender", World.Clock.Now);
        var report = World.Intake.OpenForGiftReferral(declaration, DeclarationReviewer.Officer(officer), "Aigerim Declarant", DirectorVisibility.IsDirector(declarant, TestWorld.Director));
        db.ConfidentialReports.Add(report);
        await db.SaveChangesAsync();
        Notices(db).ReportFiled(report);
        await db.SaveChangesAsync();
        return report;
    }

    // Reg. 14.13, 14.15, 23.3: the referral opens a numbered case linked to the declaration, with the declarant as a
    // person concerned (so recusal keeps them off it, Reg. 24.6), and the director is told as of a new report.
    [Fact]
    public async Task OpenForGiftReferral_GiftReferred_OpensLinkedCaseAndNotifiesDirectorAsNewReport()
    {
        var opened = await ReferAsync(TestWorld.Employee);

        await using var db = Database.CreateContext();
        var report = await db.ConfidentialReports.SingleAsync();
        var gift = await db.GiftDeclarations.SingleAsync();
        Assert.Equal(gift.Id, report.GiftDeclarationId);
        Assert.StartsWith("R-2026-", report.Number, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Received, report.Status);
        Assert.Equal(ReportCategory.GiftOrHospitality, report.Category);
        Assert.Equal(TestWorld.Employee, Assert.Single(report.PersonsConcerned).AadObjectId);
        Assert.Equal(TestWorld.OfficerA, report.Transitions.Single().Actor);
        var mail = await db.OutboxMessages.SingleAsync();
        Assert.Equal(OutboxKinds.DirectorMail, mail.Kind);
        Assert.Equal($"{ReportNotices.DirectorMailKeyPrefix}{DirectorNoticeType.ReportFiled}:{opened.Id}", mail.IdempotencyKey);
        Assert.Equal(DirectorReference.For(opened.Id), JsonDocument.Parse(mail.Payload).RootElement.GetProperty("number").GetString());
        Assert.DoesNotContain("bidder", mail.Payload, StringComparison.OrdinalIgnoreCase);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "ReportOpenedFromGiftReferral"));
    }

    // Reg. 29: the director's own gift referred for investigation implicates the director: the case goes to the
    // authorized body, and nothing to the director.
    [Fact]
    public async Task OpenForGiftReferral_DirectorsOwnGift_EscalatedAndNeverToTheDirector()
    {
        var opened = await ReferAsync(TestWorld.Director);

        await using var db = Database.CreateContext();
        Assert.True((await db.ConfidentialReports.SingleAsync()).DirectorImplicated);
        var row = await db.OutboxMessages.SingleAsync();
        Assert.Equal(OutboxKinds.AuthorizedBodyMail, row.Kind);
        Assert.Equal($"{ReportNotices.AuthorizedBodyMailKeyPrefix}{opened.Id}", row.IdempotencyKey);
    }

    // Reg. 14.13: only a referral opens a case; a gift the declarant may keep opens none.
    [Fact]
    public async Task OpenForGiftReferral_GiftNotReferred_IsRefused()
    {
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => ReferAsync(TestWorld.Employee, GiftOutcome.MayKeep));

        Assert.Equal(ConfidentialReport.OnlyReferredGiftOpensCase, error.Rule);
    }

    // Reg. 14.13: one case per referred gift (the register's unique link).
    [Fact]
    public async Task OpenForGiftReferral_SecondCaseForTheSameGift_IsNotSaved()
    {
        await ReferAsync(TestWorld.Employee);
        await using var db = Database.CreateContext();
        var declaration = await db.GiftDeclarations.SingleAsync();
        db.ConfidentialReports.Add(World.Intake.OpenForGiftReferral(declaration, DeclarationReviewer.Officer(await World.OfficerAsync(db)), "Aigerim Declarant", false));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
    // Reg. 14.15, 22.3: the case opened by a referral is handled like any report: the same deadlines as a report filed
    // that day, the declarant named as the person concerned, and its first step and audit entry name the gift.
    [Fact]
    public async Task OpenForGiftReferral_GiftReferred_HasAReportsDeadlinesAndNamesTheGift()
    {
        var opened = await ReferAsync(TestWorld.Employee);
        var ordinary = World.Intake.File(new ReportSubmission(ReportCategory.Ethics, "Another report", null, [], false), null).Report;

        await using var db = Database.CreateContext();
        var report = await db.ConfidentialReports.SingleAsync();
        var gift = await db.GiftDeclarations.SingleAsync();
        Assert.Equal((ordinary.AcknowledgeDeadline, ordinary.FeedbackDeadline), (report.AcknowledgeDeadline, report.FeedbackDeadline));
        Assert.Equal("Aigerim Declarant", Assert.Single(report.PersonsConcerned).Name);
        Assert.Equal($"gift referral {gift.Number}", report.Transitions.Single().Note);
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "ReportOpenedFromGiftReferral");
        Assert.Equal(($"gift {gift.Id}", opened.Id.ToString()), (audit.Details, audit.EntityId));
    }

    // Reg. 14.13: the refusal of a gift not referred says so in the operators' log; a referral without the declarant's
    // name is refused naming the person field.
    [Fact]
    public async Task OpenForGiftReferral_NotReferredOrUnnamed_RefusalsSayWhy()
    {
        var notReferred = await Assert.ThrowsAsync<DomainRuleException>(() => ReferAsync(TestWorld.Employee, GiftOutcome.MayKeep));
        await using var db = Database.CreateContext();
        var declaration = GiftDeclaration.File(TestWorld.Employee, Details, World.Clock);
        var officer = await World.OfficerAsync(db);
        declaration.Decide(officer, GiftOutcome.ReferForInvestigation, "Given by a bidder", World.Clock.Now);

        var unnamed = Assert.Throws<DomainRuleException>(() => World.Intake.OpenForGiftReferral(declaration, DeclarationReviewer.Officer(officer), " ", false));

        Assert.Contains("the gift was not referred for investigation", notReferred.Message, StringComparison.Ordinal);
        Assert.Contains("person is required", unnamed.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => World.Intake.OpenForGiftReferral(null!, DeclarationReviewer.Officer(officer), "A", false));
        Assert.Throws<ArgumentNullException>(() => World.Intake.OpenForGiftReferral(declaration, null!, "A", false));
    }
}
