using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Features.Declarations;

/// <summary>
/// Reg. 6–7's default service has one officer; their own gift or conflict goes to the director, who decides it from
/// the card (Reg. 24.5, 24.6, <see cref="ReviewerSelection"/>), never left pending.
/// </summary>
public sealed class SingleOfficerReviewTests : IAsyncLifetime
{
    private static readonly TestUser Officer = new("aad-officer", "Daniyar Omarov");
    private static readonly TestUser Director = new("aad-director", "Nurlan Abenov");
    private static readonly TestUser Employee = new("aad-employee", "Aigerim Seitkali");
    private DeclarationsApp app = null!;

    public async Task InitializeAsync()
    {
        app = new DeclarationsApp(new TestDataFolder("compliancebot-solo"), director: Director.Aad);
        await app.AppointAsync(Officer.Aad, Officer.Name);
        await app.SayAsync(Director, "hello");
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
    }

    [Fact]
    public async Task GiftDecide_DirectorForTheOnlyOfficer_DecidesFromTheCardAndTheOfficerIsTold()
    {
        await app.ExecuteAsync(Officer, DeclarationVerbs.GiftSubmit, Forms.Gift());
        await app.DeliverOutboxAsync();
        var sent = Assert.Single(app.Connector.Sent);
        Assert.Contains(ConversationTestHost.CardOf(sent.Activity).Buttons(), b => b.Verb == DeclarationVerbs.GiftDecide);
        var id = await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Id).SingleAsync());

        var decided = await app.ExecuteAsync(Director, DeclarationVerbs.GiftDecide, new()
        {
            [DeclarationVerbs.DeclarationIdKey] = id.ToString(), [ReviewCards.Outcome] = nameof(GiftOutcome.HandOverToEnterprise),
            [ReviewCards.Reason] = "Above the threshold.",
        });
        await app.DeliverOutboxAsync();

        Assert.DoesNotContain(decided.Buttons(), b => b.Verb == DeclarationVerbs.GiftDecide);
        var decision = await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Decision!).SingleAsync());
        Assert.Equal((GiftOutcome.HandOverToEnterprise, Director.Aad), (decision.Outcome, decision.DecidedBy));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "GiftDecidedByDirector" && e.Actor == Director.Aad)));
        var keys = await app.WithDbAsync(db => db.OutboxMessages.Select(m => m.IdempotencyKey).ToListAsync());
        Assert.Contains($"decl/G-{Forms.Today.Year}-0001/decision/{Officer.Aad}", keys);
    }

    [Fact]
    public async Task ConflictAssess_DirectorForTheOnlyOfficer_IsRecordedAsTheDirectors()
    {
        await app.ExecuteAsync(Officer, DeclarationVerbs.ConflictSubmit, Forms.Conflict());
        var id = await app.WithDbAsync(db => db.ConflictDeclarations.Select(d => d.Id).SingleAsync());

        var assessed = await app.ExecuteAsync(Director, DeclarationVerbs.ConflictAssess, new()
        {
            [DeclarationVerbs.DeclarationIdKey] = id.ToString(), [ReviewCards.Level] = "None", [ReviewCards.Reason] = "No link to the tender.",
        });

        Assert.DoesNotContain(assessed.Buttons(), b => b.Verb == DeclarationVerbs.ConflictAssess);
        Assert.Equal(Director.Aad, await app.WithDbAsync(db => db.ConflictDeclarations.Select(d => d.Assessment!.AssessedBy).SingleAsync()));
        Assert.Contains($"decl/C-{Forms.Today.Year}-0001/decision/{Officer.Aad}", await app.WithDbAsync(db => db.OutboxMessages.Select(m => m.IdempotencyKey).ToListAsync()));
    }

    // Reg. 24.6: the director reviews only the officer's own declarations, and only with no other officer to do it.
    [Fact]
    public async Task GiftDecide_DirectorOnAnEmployeesGift_IsRefusedBeforeTheCardShowsIt()
    {
        await app.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, Forms.Gift());
        var id = await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Id).SingleAsync());

        var refused = await app.ExecuteAsync(Director, DeclarationVerbs.GiftDecide, new()
        {
            [DeclarationVerbs.DeclarationIdKey] = id.ToString(), [ReviewCards.Outcome] = nameof(GiftOutcome.MayKeep), [ReviewCards.Reason] = "Fine.",
        });

        Assert.DoesNotContain(refused.Texts(), t => t.Contains("briefcase", StringComparison.Ordinal));
        Assert.Equal(DeclarationStatus.Pending, await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Status).SingleAsync()));
    }
}
