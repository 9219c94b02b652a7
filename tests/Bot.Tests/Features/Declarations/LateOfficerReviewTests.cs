using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.Declarations;

/// <summary>
/// Decision 135: the only officer's own declaration went to the director (Reg. 24.5, 24.6, decision 125); an officer
/// appointed while it is still pending gets the review card, and the director's card closes, so exactly one
/// reviewer is offered the decision.
/// </summary>
public sealed class LateOfficerReviewTests : IAsyncLifetime
{
    private static readonly TestUser Officer = new("aad-officer", "Daniyar Omarov");
    private static readonly TestUser Director = new("aad-director", "Nurlan Abenov");
    private static readonly TestUser NewOfficer = new("aad-officer-new", "Saule Zhaksylykova");
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("compliancebot-late-");
    private DeclarationsApp app = null!;

    public async Task InitializeAsync()
    {
        app = new DeclarationsApp(directory.FullName, director: Director.Aad);
        await app.AppointAsync(Officer.Aad, Officer.Name);
        await app.SayAsync(Director, "hello");
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Delete(recursive: true);
    }

    // Reg. 24.5, 24.6: once another officer exists, the officer's pending gift goes to them with the decide form; the
    // director's card is replaced once; the new officer decides; the director's closed card is not reopened.
    [Fact]
    public async Task Handover_OfficerAppointedWhileDirectorReviewPending_NewOfficerGetsTheCardAndDirectorsCloses()
    {
        await app.ExecuteAsync(Officer, DeclarationVerbs.GiftSubmit, Forms.Gift());
        var number = $"G-{Forms.Today.Year}-0001";
        var id = await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Id).SingleAsync());
        Assert.Equal(0, await HandOverAsync());

        await app.AppointAsync(NewOfficer.Aad, NewOfficer.Name);
        var queued = await HandOverAsync();
        var again = await HandOverAsync();

        Assert.Equal((2, 0), (queued, again));
        var review = await RowAsync($"decl/{number}/officer/{NewOfficer.Aad}");
        Assert.Equal((OutboxKinds.TeamsSend, NewOfficer.Aad), (review.Kind, review.Recipient));
        Assert.Contains(DeclarationVerbs.GiftDecide, review.Payload, StringComparison.Ordinal);
        var closed = await RowAsync($"decl/{number}/closed/{Director.Aad}");
        Assert.Equal(OutboxKinds.TeamsUpdate, closed.Kind);
        Assert.DoesNotContain(DeclarationVerbs.GiftDecide, closed.Payload, StringComparison.Ordinal);
        Assert.Contains("24.5", closed.Payload, StringComparison.Ordinal);

        await app.ExecuteAsync(NewOfficer, DeclarationVerbs.GiftDecide, new()
        {
            [DeclarationVerbs.DeclarationIdKey] = id.ToString(), [ReviewCards.Outcome] = nameof(GiftOutcome.MayKeep), [ReviewCards.Reason] = "Below the threshold.",
        });

        var decision = await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Decision!).SingleAsync());
        Assert.Equal(NewOfficer.Aad, decision.DecidedBy);
        var keys = await app.WithDbAsync(db => db.OutboxMessages.Select(m => m.IdempotencyKey).ToListAsync());
        Assert.DoesNotContain($"decl/{number}/decided/{Director.Aad}", keys);
        Assert.Contains($"decl/{number}/decision/{Officer.Aad}", keys);
    }

    // Reg. 24.6 (decision 125): with the only officer still alone, the pass leaves the director's review alone.
    [Fact]
    public async Task Handover_NoOtherOfficer_DirectorKeepsTheReview()
    {
        await app.ExecuteAsync(Officer, DeclarationVerbs.ConflictSubmit, Forms.Conflict());

        Assert.Equal(0, await HandOverAsync());

        var keys = await app.WithDbAsync(db => db.OutboxMessages.Select(m => m.IdempotencyKey).ToListAsync());
        Assert.Contains($"decl/C-{Forms.Today.Year}-0001/director/{Director.Aad}", keys);
        Assert.DoesNotContain(keys, k => k.Contains("/closed/", StringComparison.Ordinal) || k.Contains("/officer/", StringComparison.Ordinal));
        Assert.Equal(DeclarationStatus.Pending, await app.WithDbAsync(db => db.ConflictDeclarations.Select(d => d.Status).SingleAsync()));
    }

    /// <summary>One pass of the job's work (the job runs it every 15 minutes); the count of rows it queued.</summary>
    private async Task<int> HandOverAsync()
    {
        var before = await app.WithDbAsync(db => db.OutboxMessages.CountAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<DirectorReviewHandover>().RunAsync(CancellationToken.None);
        Assert.Equal(queued, await app.WithDbAsync(db => db.OutboxMessages.CountAsync()) - before);
        return queued;
    }

    private Task<Domain.Outbox.OutboxMessage> RowAsync(string key) =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.IdempotencyKey == key));
}
