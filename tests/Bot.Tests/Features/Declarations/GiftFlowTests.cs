using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain.Declarations;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Features.Declarations;

/// <summary>Gift declarations through /api/messages with the connector faked (Reg. 14.13, 24.5, 24.6).</summary>
public sealed class GiftFlowTests : IAsyncLifetime
{
    private static readonly TestUser Employee = new("aad-employee", "Aigerim Seitkali");
    private static readonly TestUser OfficerA = new("aad-officer-a", "Daniyar Omarov");
    private static readonly TestUser OfficerB = new("aad-officer-b", "Saule Kim");
    private DeclarationsApp app = null!;

    public async Task InitializeAsync()
    {
        app = new DeclarationsApp(new TestDataFolder("compliancebot-decl"), director: "aad-director");
        await app.AppointAsync(OfficerA.Aad, OfficerA.Name);
        await app.AppointAsync(OfficerB.Aad, OfficerB.Name, language: "ru");
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
    }

    [Fact]
    public async Task GiftStart_MenuButton_PostsFormWithEveryRegisterField()
    {
        var form = await app.SubmitAsync(Employee, "gift.start");

        var inputs = Forms.ValuesOf(form).Keys;
        Assert.Equal(
            [GiftFormCard.Direction, GiftFormCard.GiftDate, GiftFormCard.Person, GiftFormCard.Organisation, GiftFormCard.Counterparty,
             GiftFormCard.Occasion, GiftFormCard.Description, GiftFormCard.Value, GiftFormCard.Whereabouts],
            inputs);
    }

    [Fact]
    public async Task GiftSubmit_NegativeValue_ReturnsSameFormWithErrorAndTypedValuesAndFilesNothing()
    {
        var card = await app.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, Forms.Gift(value: "-5"));

        Assert.Contains(card.Texts(), t => t.Contains("zero or more", StringComparison.Ordinal));
        var kept = Forms.ValuesOf(card);
        Assert.Equal("A leather briefcase", kept[GiftFormCard.Description]);
        Assert.Equal("Dala Supply LLP", kept[GiftFormCard.Organisation]);
        Assert.Equal(0, await app.WithDbAsync(db => db.GiftDeclarations.CountAsync()));
    }

    [Fact]
    public async Task GiftSubmit_FutureDate_IsRefusedBesideTheDate()
    {
        var values = Forms.Gift();
        values[GiftFormCard.GiftDate] = Forms.Today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var card = await app.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, values);

        Assert.Contains(card.Texts(), t => t.Contains("cannot be in the future", StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.GiftDeclarations.CountAsync()));
    }

    [Fact]
    public async Task GiftSubmit_Valid_ReceiptWithNumberAndOneCardPerActiveOfficerDeliveredOnce()
    {
        var receipt = await app.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, Forms.Gift(value: "25000"));

        var year = Forms.Today.Year;
        Assert.Contains(receipt.Texts(), t => t.Contains($"G-{year}-0001", StringComparison.Ordinal));
        Assert.Contains(receipt.Texts(), t => t.Contains("handed over", StringComparison.Ordinal));
        var keys = await app.WithDbAsync(db => db.OutboxMessages.Select(m => m.IdempotencyKey).OrderBy(k => k).ToListAsync());
        Assert.Equal([$"decl/G-{year}-0001/officer/{OfficerA.Aad}", $"decl/G-{year}-0001/officer/{OfficerB.Aad}"], keys);

        await app.DeliverOutboxAsync();
        await app.DeliverOutboxAsync();

        var sent = app.Connector.Sent.ToList();
        Assert.Equal(2, sent.Count);
        var toB = Assert.Single(sent, s => s.ConversationId == $"personal-{OfficerB.Aad}");
        Assert.Contains(ConversationTestHost.CardOf(toB.Activity).Texts(), t => t.StartsWith("Декларация о подарке", StringComparison.Ordinal));
        Assert.Contains(ConversationTestHost.CardOf(toB.Activity).Buttons(), b => b.Verb == DeclarationVerbs.GiftDecide);
    }

    [Fact]
    public async Task GiftDecide_FirstOfficer_UpdatesEveryOfficersCardAndNotifiesDeclarant()
    {
        var id = await FileAsync();

        var decided = await app.ExecuteAsync(OfficerA, DeclarationVerbs.GiftDecide, Decision(id, "HandOverToEnterprise"));
        await app.DeliverOutboxAsync();

        Assert.DoesNotContain(decided.Buttons(), b => b.Verb == DeclarationVerbs.GiftDecide);
        var updates = app.Connector.Updates.ToList();
        Assert.Equal(2, updates.Count);
        Assert.All(updates, u => Assert.DoesNotContain(ConversationTestHost.CardOf(u.Activity).Buttons(), b => b.Verb == DeclarationVerbs.GiftDecide));
        var originals = app.Connector.Sent.Where(s => s.ConversationId != $"personal-{Employee.Aad}").Select(s => s.ActivityId).Order().ToList();
        Assert.Equal(originals, updates.Select(u => u.ActivityId).Order().ToList());
        var notice = Assert.Single(app.Connector.Sent, s => s.ConversationId == $"personal-{Employee.Aad}");
        Assert.Contains(ConversationTestHost.CardOf(notice.Activity).Texts(), t => t.Contains("hand over to the enterprise", StringComparison.Ordinal));
        Assert.Equal(DeclarationStatus.Decided, await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task GiftDecide_SecondOfficerAfterFirst_IsToldAlreadyDecidedAndNothingOverwritten()
    {
        var id = await FileAsync();
        await app.ExecuteAsync(OfficerA, DeclarationVerbs.GiftDecide, Decision(id, "MayKeep"));

        var refused = await app.ExecuteAsync(OfficerB, DeclarationVerbs.GiftDecide, Decision(id, "Return"));

        Assert.Contains(refused.Texts(), t => t.Contains("уже принято", StringComparison.Ordinal) || t.Contains("already", StringComparison.Ordinal));
        var decision = await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Decision!).SingleAsync());
        Assert.Equal(Domain.Gifts.GiftOutcome.MayKeep, decision.Outcome);
        Assert.Equal(OfficerA.Aad, decision.DecidedBy);
    }

    // Issue 15: a decided card has no inputs, so nothing was validated and the missing outcome threw (a 500).
    [Theory]
    [InlineData(null)]
    [InlineData("NoSuchOutcome")]
    public async Task GiftDecide_AlreadyDecidedWithoutAValidOutcome_SaysAlreadyDecidedAndKeepsTheDecision(string? outcome)
    {
        var id = await FileAsync();
        await app.ExecuteAsync(OfficerA, DeclarationVerbs.GiftDecide, Decision(id, "MayKeep"));
        var stale = Decision(id, outcome, reason: null);
        if (outcome is null)
        {
            stale.Remove("outcome");
        }

        var refused = await app.ExecuteAsync(OfficerB, DeclarationVerbs.GiftDecide, stale);

        Assert.Contains(refused.Texts(), t => t.Contains("already", StringComparison.Ordinal));
        Assert.Equal(Domain.Gifts.GiftOutcome.MayKeep, await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Decision!.Outcome).SingleAsync()));
    }

    [Fact]
    public async Task GiftSubmit_ByOfficer_GoesOnlyToOtherOfficersAndOwnDecisionIsRefused()
    {
        await app.ExecuteAsync(OfficerA, DeclarationVerbs.GiftSubmit, Forms.Gift());
        var id = await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Id).SingleAsync());

        var recipients = await app.WithDbAsync(db => db.OutboxMessages.Select(m => m.Recipient).ToListAsync());
        var refused = await app.ExecuteAsync(OfficerA, DeclarationVerbs.GiftDecide, Decision(id, "MayKeep"));

        Assert.Equal([OfficerB.Aad], recipients);
        Assert.Contains(refused.Texts(), t => t.Contains("your own declaration", StringComparison.Ordinal) && t.EndsWith("(Reg. 24.6)", StringComparison.Ordinal));
        Assert.Equal(DeclarationStatus.Pending, await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task GiftDecide_NotAnOfficer_IsRefused()
    {
        var id = await FileAsync();

        var refused = await app.ExecuteAsync(Employee, DeclarationVerbs.GiftDecide, Decision(id, "MayKeep"));

        Assert.Contains(refused.Texts(), t => t.Contains("current appointment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GiftDecide_WithoutReason_ReturnsFormWithError()
    {
        var id = await FileAsync();

        var card = await app.ExecuteAsync(OfficerA, DeclarationVerbs.GiftDecide, Decision(id, "MayKeep", reason: ""));

        Assert.Contains(card.Buttons(), b => b.Verb == DeclarationVerbs.GiftDecide);
        Assert.Equal(DeclarationStatus.Pending, await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task MyDeclarations_AfterAmend_ShowsPendingDeclarationAndKeepsBothVersions()
    {
        var id = await FileAsync();
        var amended = Forms.Gift(value: "30000", declarationId: id.ToString());
        amended[GiftFormCard.VersionKind] = "Correction";

        var receipt = await app.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, amended);
        var mine = await app.SubmitAsync(Employee, ComplianceBot.Bot.Cards.CardVerbs.DeclarationsMine);

        Assert.Contains(receipt.Texts(), t => t.Contains("version 2", StringComparison.Ordinal));
        Assert.Contains(mine.Texts(), t => t.Contains($"G-{Forms.Today.Year}-0001", StringComparison.Ordinal));
        Assert.Contains(mine.Buttons(), b => b.Verb == DeclarationVerbs.GiftAmend);
        var versions = await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Versions.Count).SingleAsync());
        Assert.Equal(2, versions);
    }

    [Fact]
    public async Task GiftSubmit_OnlyOfficerDeclares_GoesToTheDirector()
    {
        await using var solo = new DeclarationsApp(Path.Combine(app.DataFolder, "solo"), director: "aad-director");
        Directory.CreateDirectory(solo.DataFolder);
        await solo.AppointAsync(OfficerA.Aad, OfficerA.Name);

        await solo.ExecuteAsync(OfficerA, DeclarationVerbs.GiftSubmit, Forms.Gift());

        var keys = await solo.WithDbAsync(db => db.OutboxMessages.Select(m => m.IdempotencyKey).ToListAsync());
        Assert.Equal([$"decl/G-{Forms.Today.Year}-0001/director/aad-director"], keys);
    }

    private async Task<Guid> FileAsync()
    {
        await app.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, Forms.Gift());
        await app.DeliverOutboxAsync();
        return await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Id).SingleAsync());
    }

    private static Dictionary<string, string?> Decision(Guid id, string? outcome, string? reason = "Counterparty gift above the threshold.") => new()
    {
        [DeclarationVerbs.DeclarationIdKey] = id.ToString(),
        ["outcome"] = outcome,
        ["reason"] = reason,
    };
}
