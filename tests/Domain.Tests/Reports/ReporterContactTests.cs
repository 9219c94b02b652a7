using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Domain.Tests.Reports;

/// <summary>
/// Reg. 23.2: a named reporter is told that a message waits; the sealed identity is opened only for the assigned
/// officer's notice, each such opening is audited, and a report without a reporter to contact (anonymous, or a case
/// opened by a gift referral) yields nobody and leaves no audit entry.
/// </summary>
public sealed class ReporterContactTests : RegisterTestBase
{
    private static readonly ReporterIdentity Reporter = new("aad-reporter-7", "Dana Reporter", "29:reporter-7");
    private static readonly ReportSubmission Submission = new(ReportCategory.Ethics, "The manager takes cash for shifts", null, [], false);

    private ReporterContact Contact => new(World.Sealer, World.Clock);

    private async Task<(ConfidentialReport Report, ActiveOfficer Officer)> AcknowledgedAsync(ReporterIdentity? identity)
    {
        await using var db = Database.CreateContext();
        var report = World.Intake.File(Submission, identity).Report;
        var officer = await World.OfficerAsync(db);
        await World.AcknowledgeAsync(db, report, officer);
        return (report, officer);
    }

    private async Task<(ConfidentialReport Report, ActiveOfficer Officer)> GiftReferralCaseAsync()
    {
        await using var db = Database.CreateContext();
        var declaration = GiftDeclaration.File(TestWorld.Employee, new GiftDetails(
            GiftDirection.Received, new DateOnly(2026, 3, 8), "A. Supplier", "Supplier LLP", true,
            "Tender award", "A watch", 900_000m, GiftWhereabouts.WithDeclarant), World.Clock);
        db.GiftDeclarations.Add(declaration);
        await db.SaveChangesAsync();
        var officer = await World.OfficerAsync(db);
        declaration.Decide(officer, GiftOutcome.ReferForInvestigation, "Given by a bidder during the tender", World.Clock.Now);
        var report = World.Intake.OpenForGiftReferral(declaration, DeclarationReviewer.Officer(officer), "Aigerim Declarant", false);
        await World.AcknowledgeAsync(db, report, officer);
        return (report, officer);
    }

    private static int NotifiedAudits(ConfidentialReport report) =>
        report.PendingAudit.Count(a => a.Action == "ReporterNotifiedOfMessage");

    // Reg. 23.2: the notice to a named reporter goes to their own account, and the opening is audited as the officer's.
    [Fact]
    public async Task RecipientFor_NamedReportAssignedOfficer_GivesReporterAndAuditsTheOpening()
    {
        var (report, officer) = await AcknowledgedAsync(Reporter);

        Assert.Equal(Reporter.AadObjectId, Contact.RecipientFor(report, officer));

        var audit = report.PendingAudit[^1];
        Assert.Equal(("ReporterNotifiedOfMessage", officer.AadObjectId, report.Id.ToString(), World.Clock.Now), (audit.Action, audit.Actor, audit.EntityId, audit.At));
        Assert.Null(audit.Details);
    }

    // Reg. 23.2: only the assigned officer may have the sealed identity opened for a notice.
    [Fact]
    public async Task RecipientFor_OfficerNotAssigned_IsRefusedWithoutAudit()
    {
        var (report, _) = await AcknowledgedAsync(Reporter);
        await using var db = Database.CreateContext();
        var other = await World.OfficerAsync(db, TestWorld.OfficerB);

        var error = Assert.Throws<DomainRuleException>(() => Contact.RecipientFor(report, other));

        Assert.Equal(ConfidentialReport.OnlyAssignedOfficerHandlesReport, error.Rule);
        Assert.Equal(0, NotifiedAudits(report));
    }

    // Reg. 23.2: nobody can contact an anonymous reporter; asking opens nothing and audits nothing.
    [Fact]
    public async Task RecipientFor_AnonymousReport_IsNobodyAndLeavesNoAudit()
    {
        var (report, officer) = await AcknowledgedAsync(null);

        Assert.Null(Contact.RecipientFor(report, officer));
        Assert.Null(Contact.RecipientAtDelivery(report));
        Assert.Equal(0, NotifiedAudits(report));
    }

    // Reg. 14.13, 23.2: a case opened by a gift referral is not anonymous yet has no reporter: nobody to contact.
    [Fact]
    public async Task RecipientFor_GiftReferralCase_IsNobodyAndLeavesNoAudit()
    {
        var (report, officer) = await GiftReferralCaseAsync();
        Assert.False(report.IsAnonymous);

        Assert.Null(Contact.RecipientFor(report, officer));
        Assert.Null(Contact.RecipientAtDelivery(report));
        Assert.Equal(0, NotifiedAudits(report));
    }

    // Decision 117: at delivery the sealed identity is opened again for the send only, and that is not a new audit.
    [Fact]
    public async Task RecipientAtDelivery_NamedReport_GivesReporterWithoutAnotherAudit()
    {
        var (report, _) = await AcknowledgedAsync(Reporter);

        Assert.Equal(Reporter.AadObjectId, Contact.RecipientAtDelivery(report));
        Assert.Equal(0, NotifiedAudits(report));
    }

    // Reg. 23.2: an identity is read only from a report that has one; an anonymous report and a gift-referral case
    // are refused as having none, before any audit.
    [Fact]
    public async Task RecordIdentityRead_ReportWithoutSealedIdentity_IsRefusedAsKeepingNoIdentity()
    {
        var (anonymous, officer) = await AcknowledgedAsync(null);
        var (referral, referralOfficer) = await GiftReferralCaseAsync();

        var first = Assert.Throws<DomainRuleException>(() => anonymous.RecordIdentityRead(officer, World.Clock.Now));
        var second = Assert.Throws<DomainRuleException>(() => referral.RecordIdentityRead(referralOfficer, World.Clock.Now));

        Assert.Equal(ConfidentialReport.AnonymousReportKeepsNoIdentity, first.Rule);
        Assert.Equal(ConfidentialReport.AnonymousReportKeepsNoIdentity, second.Rule);
        Assert.DoesNotContain(referral.PendingAudit, a => a.Action == "ReporterIdentityRead");
    }

    [Fact]
    public async Task RecipientFor_NoReport_IsAnArgumentError()
    {
        var (_, officer) = await AcknowledgedAsync(null);

        Assert.Throws<ArgumentNullException>(() => Contact.RecipientFor(null!, officer));
        Assert.Throws<ArgumentNullException>(() => Contact.RecipientAtDelivery(null!));
    }
}
