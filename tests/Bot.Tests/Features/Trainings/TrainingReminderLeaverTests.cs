using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Tests.Delivery.Graph;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Trainings;
using ComplianceBot.Graph.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Features.Trainings;

/// <summary>Decision 132: someone who left after being invited is not reminded of the training (Reg. 14.7, 14.12).</summary>
public sealed class TrainingReminderLeaverTests : FakeGraphTest
{
    // Reg. 14.12: both seats are unanswered; the one whose account the directory reported removed gets no reminder,
    // the other does, and the officer's summary still goes.
    [Fact]
    public async Task RunOnceAsync_InviteeLeftBeforeTheReminder_IsNotReminded()
    {
        GraphServer.Handler = DeliverySeed.CreatedEvent;
        GraphServer.BatchHandler = _ => FakeResponse.Json(200, """
            {"attendees":[
              {"emailAddress":{"address":"a1@contoso.kz"},"status":{"response":"none","time":"0001-01-01T00:00:00Z"}},
              {"emailAddress":{"address":"a2@contoso.kz"},"status":{"response":"none","time":"0001-01-01T00:00:00Z"}}
            ]}
            """);
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl);
        await DeliverySeed.OfficerAndEmployeesAsync(host, ("aad-1", "Finance", "a1@contoso.kz"), ("aad-2", "Finance", "a2@contoso.kz"));
        var session = (await DeliverySeed.TrainingAsync(host, "Finance", capacity: 30)).Sessions.Single();
        await host.DrainAsync(rounds: 1);
        Assert.Equal(2, await host.WithDbAsync(db => db.TrainingSeats.CountAsync(s => s.SessionId == session.Id)));

        // The session starts 2026-03-12 05:00 UTC; aad-2 leaves on the 11th, then the reminder lead begins.
        host.Time.SetUtcNow(new DateTimeOffset(2026, 3, 11, 8, 0, 0, TimeSpan.Zero));
        await host.WithDbAsync(async db =>
        {
            var leaver = await db.Employees.SingleAsync(e => e.AadObjectId == "aad-2");
            Assert.True(leaver.MarkLeft(new DateOnly(2026, 3, 11), host.Time.GetUtcNow()));
            await db.SaveChangesAsync();
        });

        Assert.True(await host.Job<TrainingResponsesJob>().RunOnceAsync(CancellationToken.None));

        var cards = await host.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == OutboxKinds.TeamsSend).Select(m => m.IdempotencyKey).ToListAsync());
        Assert.Equal([$"training-reminder:{session.Id}:aad-1:1", $"training-summary:{session.Id}"], cards.Order());
        var seats = await host.WithDbAsync(db => db.TrainingSeats.Where(s => s.SessionId == session.Id).Select(s => s.Response).ToListAsync());
        Assert.All(seats, r => Assert.Equal(InvitationResponse.NoAnswer, r));
    }
}
