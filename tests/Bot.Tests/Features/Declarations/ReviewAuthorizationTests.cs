using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.Declarations;

/// <summary>Decision 121: the officer is checked before a declaration is put on a card; former officers' cards close.</summary>
public sealed class ReviewAuthorizationTests : IAsyncLifetime
{
    private static readonly TestUser Employee = new("aad-employee", "Aigerim Seitkali");
    private static readonly TestUser Colleague = new("aad-colleague", "Bolat Kim");
    private static readonly TestUser OfficerA = new("aad-officer-a", "Daniyar Omarov");
    private static readonly TestUser OfficerB = new("aad-officer-b", "Saule Kim");
    private DeclarationsApp app = null!;

    public async Task InitializeAsync()
    {
        app = new DeclarationsApp(new TestDataFolder("compliancebot-auth"), director: "aad-director");
        await app.AppointAsync(OfficerA.Aad, OfficerA.Name);
        await app.AppointAsync(OfficerB.Aad, OfficerB.Name);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
    }

    // Reg. 15–17: only an officer with a current appointment sees a declaration. A colleague who posts the decide action
    // with an incomplete form used to get the review card back (with the declarant's name and the gift) before the
    // officer check ran.
    [Theory]
    [InlineData(DeclarationVerbs.GiftDecide)]
    [InlineData(DeclarationVerbs.ConflictAssess)]
    public async Task Decide_NotAnOfficerWithIncompleteForm_IsRefusedBeforeTheDeclarationIsRendered(string verb)
    {
        var id = verb == DeclarationVerbs.GiftDecide ? await FileGiftAsync() : await FileConflictAsync();

        var answer = await app.ExecuteAsync(Colleague, verb, new() { [DeclarationVerbs.DeclarationIdKey] = id.ToString() });

        var shown = string.Join('\n', answer.Texts());
        Assert.Contains("current appointment", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(Employee.Name, answer.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("briefcase", answer.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("brother", answer.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Buttons(), b => b.Verb == verb);
    }

    // Reg. 15–17: when an officer's appointment ends, their copy of a review card is replaced by a "no longer
    // available" card holding nothing of the declaration, once, and later updates leave it alone.
    [Fact]
    public async Task Update_AfterAppointmentEnded_ClosesFormerOfficersCardOnceAndUpdatesOnlyCurrentOfficers()
    {
        var id = await FileGiftAsync();
        var sentToB = Assert.Single(app.Connector.Sent, s => s.ConversationId == $"personal-{OfficerB.Aad}");
        await EndAppointmentAsync(OfficerB.Aad);

        await app.ExecuteAsync(OfficerA, DeclarationVerbs.GiftDecide, new()
        {
            [DeclarationVerbs.DeclarationIdKey] = id.ToString(), ["outcome"] = "MayKeep", ["reason"] = "Below the threshold.",
        });
        await app.DeliverOutboxAsync();

        var toB = Assert.Single(app.Connector.Updates, u => u.ActivityId == sentToB.ActivityId);
        var closed = ConversationTestHost.CardOf(toB.Activity);
        Assert.Contains(closed.Texts(), t => t.Contains("no longer available", StringComparison.Ordinal));
        Assert.DoesNotContain("briefcase", closed.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(Employee.Name, closed.GetRawText(), StringComparison.Ordinal);
        var toA = Assert.Single(app.Connector.Updates, u => u.ActivityId != sentToB.ActivityId);
        Assert.Contains("briefcase", ConversationTestHost.CardOf(toA.Activity).GetRawText(), StringComparison.Ordinal);

        // A later change to the declaration updates the current officer's copy only.
        var number = await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Number!).SingleAsync());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var reviews = scope.ServiceProvider.GetRequiredService<ReviewDelivery>();
            var cards = scope.ServiceProvider.GetRequiredService<ReviewCards>();
            Assert.Equal(1, await reviews.EnqueueUpdatesAsync(number, "later", _ => cards.NoLongerAvailable("later"), CancellationToken.None));
            await scope.ServiceProvider.GetRequiredService<Domain.Persistence.RegistersDbContext>().SaveChangesAsync();
        }

        var originalKeyOfB = ReviewDelivery.ReviewKey(number, ReviewerRole.Officer, OfficerB.Aad);
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == OutboxKinds.TeamsUpdate && m.Recipient == originalKeyOfB)));
    }

    private async Task EndAppointmentAsync(string aad)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Domain.Persistence.RegistersDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<RegisterClock>();
        var appointment = await db.OfficerAppointments.SingleAsync(a => a.OfficerAadObjectId == aad);
        appointment.Terminate(clock.Today, "aad-director", clock.Now);
        await db.SaveChangesAsync();
    }

    private async Task<Guid> FileGiftAsync()
    {
        await app.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, Forms.Gift());
        await app.DeliverOutboxAsync();
        return await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Id).SingleAsync());
    }

    private async Task<Guid> FileConflictAsync()
    {
        await app.ExecuteAsync(Employee, DeclarationVerbs.ConflictSubmit, Forms.Conflict());
        await app.DeliverOutboxAsync();
        return await app.WithDbAsync(db => db.ConflictDeclarations.Select(d => d.Id).SingleAsync());
    }
}
