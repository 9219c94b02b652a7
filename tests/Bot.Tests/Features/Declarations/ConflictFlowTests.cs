using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain.Conflicts;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Features.Declarations;

/// <summary>Conflict-of-interest declarations and their assessment (Reg. 5.3, 14.12), and the officers' registers.</summary>
public sealed class ConflictFlowTests : IAsyncLifetime
{
    private static readonly TestUser Employee = new("aad-employee", "Aigerim Seitkali", "kk-KZ");
    private static readonly TestUser Officer = new("aad-officer", "Daniyar Omarov");
    private DeclarationsApp app = null!;

    public async Task InitializeAsync()
    {
        app = new DeclarationsApp(new TestDataFolder("compliancebot-conflict"));
        await app.AppointAsync(Officer.Aad, Officer.Name);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
    }

    [Fact]
    public async Task ConflictSubmit_MissingInterest_ReturnsFormWithErrorAndKeepsProcess()
    {
        var values = Forms.Conflict();
        values[ConflictFormCard.Interest] = " ";

        var card = await app.ExecuteAsync(Employee, DeclarationVerbs.ConflictSubmit, values);

        Assert.Contains(card.Texts(), t => t.Contains("міндетті", StringComparison.Ordinal));
        Assert.Equal("Tender No. 14", Forms.ValuesOf(card)[ConflictFormCard.Process]);
    }

    [Fact]
    public async Task ConflictAssess_PotentialWithoutMeasure_RefusedThenSettledAndDeclarantNotifiedInKazakh()
    {
        await app.ExecuteAsync(Employee, DeclarationVerbs.ConflictSubmit, Forms.Conflict());
        await app.DeliverOutboxAsync();
        var id = await app.WithDbAsync(db => db.ConflictDeclarations.Select(d => d.Id).SingleAsync());
        var assessment = new Dictionary<string, string?>
        {
            [DeclarationVerbs.DeclarationIdKey] = id.ToString(), [ReviewCards.Level] = "Potential", [ReviewCards.Reason] = "A relative is a bidder.",
        };

        var refused = await app.ExecuteAsync(Officer, DeclarationVerbs.ConflictAssess, assessment);
        assessment[ReviewCards.Measure] = "RecusalFromDecision";
        assessment[ReviewCards.MonitoringDate] = Forms.Today.AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var settled = await app.ExecuteAsync(Officer, DeclarationVerbs.ConflictAssess, assessment);
        await app.DeliverOutboxAsync();

        Assert.Contains(refused.Texts(), t => t.Contains("settlement measure", StringComparison.Ordinal));
        Assert.DoesNotContain(settled.Buttons(), b => b.Verb == DeclarationVerbs.ConflictAssess);
        var stored = await app.WithDbAsync(db => db.ConflictDeclarations.Select(d => d.Assessment!).SingleAsync());
        Assert.Equal(SettlementMeasure.RecusalFromDecision, stored.Measure);
        var notice = Assert.Single(app.Connector.Sent, s => s.ConversationId == $"personal-{Employee.Aad}");
        Assert.Contains(ConversationTestHost.CardOf(notice.Activity).Texts(), t => t.Contains("декларацияңыз бойынша шешім", StringComparison.Ordinal));
        Assert.Single(app.Connector.Updates);
    }

    // Issue 15: an assessed card has no inputs, so nothing was validated and the missing level threw (a 500).
    [Fact]
    public async Task ConflictAssess_AlreadyAssessedWithoutLevel_SaysAlreadyDecidedAndKeepsTheAssessment()
    {
        await app.ExecuteAsync(Employee, DeclarationVerbs.ConflictSubmit, Forms.Conflict());
        var id = await app.WithDbAsync(db => db.ConflictDeclarations.Select(d => d.Id).SingleAsync());
        await app.ExecuteAsync(Officer, DeclarationVerbs.ConflictAssess, new()
        {
            [DeclarationVerbs.DeclarationIdKey] = id.ToString(), [ReviewCards.Level] = "None", [ReviewCards.Reason] = "No link to the tender.",
        });

        var refused = await app.ExecuteAsync(Officer, DeclarationVerbs.ConflictAssess, new()
        {
            [DeclarationVerbs.DeclarationIdKey] = id.ToString(), [ReviewCards.MonitoringDate] = "not a date",
        });

        Assert.Contains(refused.Texts(), t => t.Contains("already", StringComparison.Ordinal));
        Assert.Equal(ConflictLevel.None, await app.WithDbAsync(db => db.ConflictDeclarations.Select(d => d.Assessment!.Level).SingleAsync()));
    }

    [Fact]
    public async Task Registers_Officer_SeesCountsAndOldestPending()
    {
        await app.ExecuteAsync(Employee, DeclarationVerbs.ConflictSubmit, Forms.Conflict());
        await app.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, Forms.Gift());

        await app.SayAsync(Officer, "registers");

        var card = ConversationTestHost.CardOf(app.Connector.Replies.Last());
        Assert.Contains(card.Texts(), t => t == "Declaration registers");
        Assert.Contains($"C-{Forms.Today.Year}-0001", card.GetRawText(), StringComparison.Ordinal);
        Assert.Contains($"G-{Forms.Today.Year}-0001", card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registers_FilterByType_ShowsOnlyThatRegister()
    {
        await app.ExecuteAsync(Employee, DeclarationVerbs.ConflictSubmit, Forms.Conflict());
        await app.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, Forms.Gift());

        var card = await app.ExecuteAsync(Officer, DeclarationVerbs.RegistersShow, new() { [RegistersCard.Type] = "Gift" });

        Assert.Contains($"G-{Forms.Today.Year}-0001", card.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain($"C-{Forms.Today.Year}-0001", card.GetRawText(), StringComparison.Ordinal);
    }

    // design.md decision 3: who saw the registers, and with which filter, is audited.
    [Fact]
    public async Task Registers_OfficerOpensTheRegisters_AuditsTheReadWithItsFilter()
    {
        await app.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, Forms.Gift());

        await app.ExecuteAsync(Officer, DeclarationVerbs.RegistersShow, new() { [RegistersCard.Type] = "Gift" });

        var read = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == ComplianceBot.Domain.Audit.AuditedReads.RegistersRead));
        Assert.Equal(Officer.Aad, read.Actor);
        Assert.Equal("Gift", read.EntityId);
        Assert.EndsWith("rows 1", read.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registers_NotAnOfficer_PoliteRefusal()
    {
        await app.SayAsync(Employee, "тізілім");

        var card = ConversationTestHost.CardOf(app.Connector.Replies.Last());
        Assert.Contains(card.Texts(), t => t.Contains("тек қолданыстағы тағайындауы бар", StringComparison.Ordinal));
    }
}
