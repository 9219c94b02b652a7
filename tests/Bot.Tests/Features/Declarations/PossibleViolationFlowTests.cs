using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Features.Declarations;

/// <summary>
/// Reg. 23.3: a possible violation found in an officer's decision reaches the director — a gift referred for
/// investigation opens a case (Reg. 14.13, 14.15), an actual conflict is notified (Reg. 14.12) — never one that
/// implicates the director (Reg. 29).
/// </summary>
public sealed class PossibleViolationFlowTests : IAsyncLifetime
{
    private const string Director = "aad-director";
    private static readonly TestUser Employee = new("aad-employee", "Aigerim Seitkali");
    private static readonly TestUser DirectorUser = new(Director, "Bolat Director");
    private static readonly TestUser OfficerA = new("aad-officer-a", "Daniyar Omarov");
    private static readonly TestUser OfficerB = new("aad-officer-b", "Saule Kim");
    private DeclarationsApp app = null!;

    public async Task InitializeAsync()
    {
        app = new DeclarationsApp(new TestDataFolder("compliancebot-violation"), director: Director);
        await app.AppointAsync(OfficerA.Aad, OfficerA.Name);
        await app.AppointAsync(OfficerB.Aad, OfficerB.Name);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
    }

    // Reg. 14.13, 14.15, 23.3: the referral opens a case linked to the gift, whose new-case cards go to the officers
    // who may handle it and whose notice goes to the director as for a new report.
    [Fact]
    public async Task GiftDecide_ReferForInvestigation_OpensALinkedCaseAndNotifiesTheDirector()
    {
        var gift = await FileGiftAsync(Employee);

        await app.ExecuteAsync(OfficerA, DeclarationVerbs.GiftDecide, Decision(gift, "ReferForInvestigation"));

        var report = await app.WithDbAsync(db => db.ConfidentialReports.SingleAsync());
        Assert.Equal(gift, report.GiftDeclarationId);
        var keys = await app.WithDbAsync(db => db.OutboxMessages.Select(m => m.IdempotencyKey).ToListAsync());
        Assert.Contains($"{ReportNotices.DirectorMailKeyPrefix}{DirectorNoticeType.ReportFiled}:{report.Id}", keys);
        Assert.Contains($"{ReportNotices.NewReportCardKeyPrefix}{report.Id}:{OfficerB.Aad}", keys);
    }

    // Reg. 14.13: a gift the declarant may keep opens no case.
    [Fact]
    public async Task GiftDecide_MayKeep_OpensNoCase()
    {
        var gift = await FileGiftAsync(Employee);

        await app.ExecuteAsync(OfficerA, DeclarationVerbs.GiftDecide, Decision(gift, "MayKeep"));

        Assert.False(await app.WithDbAsync(db => db.ConfidentialReports.AnyAsync()));
        Assert.Equal(Domain.Gifts.GiftOutcome.MayKeep, await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Decision!.Outcome).SingleAsync()));
    }

    // Reg. 29: the director's own gift referred for investigation goes to the authorized body, and nothing to the director.
    [Fact]
    public async Task GiftDecide_DirectorsOwnGiftReferred_EscalatedAndNothingToTheDirector()
    {
        var gift = await FileGiftAsync(DirectorUser);

        await app.ExecuteAsync(OfficerA, DeclarationVerbs.GiftDecide, Decision(gift, "ReferForInvestigation"));

        var report = await app.WithDbAsync(db => db.ConfidentialReports.SingleAsync());
        Assert.True(report.IsEscalated);
        var rows = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.IdempotencyKey.Contains(report.Id.ToString())).ToListAsync());
        Assert.DoesNotContain(rows, m => m.Recipient == Director || m.Kind == OutboxKinds.DirectorMail);
        Assert.Contains(rows, m => m.Kind == OutboxKinds.AuthorizedBodyMail);
    }

    // Reg. 14.12, 23.3: an actual conflict found by the officer reaches the director (mail and card); a potential one does not.
    [Theory]
    [InlineData("Actual", true)]
    [InlineData("Potential", false)]
    public async Task ConflictAssess_Level_DirectorNotifiedOnlyOfAnActualConflict(string level, bool notified)
    {
        await app.ExecuteAsync(Employee, DeclarationVerbs.ConflictSubmit, Forms.Conflict());
        await app.DeliverOutboxAsync();
        var id = await app.WithDbAsync(db => db.ConflictDeclarations.Select(d => d.Id).SingleAsync());

        await app.ExecuteAsync(OfficerA, DeclarationVerbs.ConflictAssess, new()
        {
            [DeclarationVerbs.DeclarationIdKey] = id.ToString(), [ReviewCards.Level] = level, [ReviewCards.Reason] = "A relative is a bidder.",
            [ReviewCards.Measure] = "RecusalFromDecision",
        });

        var mail = await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == OutboxKinds.DirectorMail
            && m.IdempotencyKey == ActualConflictNotice.DirectorKey(ReportNotices.DirectorMailKeyPrefix, id)));
        Assert.Equal(notified, mail);
    }

    private async Task<Guid> FileGiftAsync(TestUser declarant)
    {
        await app.ExecuteAsync(declarant, DeclarationVerbs.GiftSubmit, Forms.Gift());
        await app.DeliverOutboxAsync();
        return await app.WithDbAsync(db => db.GiftDeclarations.Where(d => d.DeclarantAadObjectId == declarant.Aad).Select(d => d.Id).SingleAsync());
    }

    private static Dictionary<string, string?> Decision(Guid id, string outcome) => new()
    {
        [DeclarationVerbs.DeclarationIdKey] = id.ToString(),
        ["outcome"] = outcome,
        ["reason"] = "Given by a bidder during the tender.",
    };
}
