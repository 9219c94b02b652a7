using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Tests.Delivery.Graph;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Trainings;
using ComplianceBot.Graph.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Features.Trainings;

public sealed class TrainingResponsesJobTests : FakeGraphTest
{
    // Reg. 14.7: answers are tracked; non-responders are reminded; the officer gets a summary, then the attendance card.
    [Fact]
    public async Task RunOnceAsync_BeforeAndAfterSession_RecordsAnswersRemindsAndAsksForAttendance()
    {
        GraphServer.Handler = DeliverySeed.CreatedEvent;
        GraphServer.BatchHandler = step => FakeResponse.Json(200, """
            {"attendees":[
              {"emailAddress":{"address":"a1@contoso.kz"},"status":{"response":"accepted","time":"2026-03-10T05:00:00Z"}},
              {"emailAddress":{"address":"a2@contoso.kz"},"status":{"response":"declined","time":"2026-03-10T05:00:00Z"}},
              {"emailAddress":{"address":"a3@contoso.kz"},"status":{"response":"none","time":"0001-01-01T00:00:00Z"}}
            ]}
            """);
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl);
        await DeliverySeed.OfficerAndEmployeesAsync(host, ("aad-1", "Finance", "a1@contoso.kz"), ("aad-2", "Finance", "a2@contoso.kz"), ("aad-3", "Finance", "a3@contoso.kz"));
        var session = (await DeliverySeed.TrainingAsync(host, "Finance", capacity: 30)).Sessions.Single();
        await host.DrainAsync(rounds: 1);
        // The session starts 2026-03-12 05:00 UTC; move within the 24-hour reminder lead.
        host.Time.SetUtcNow(new DateTimeOffset(2026, 3, 11, 8, 0, 0, TimeSpan.Zero));
        var job = host.Job<TrainingResponsesJob>();

        Assert.True(await job.RunOnceAsync(CancellationToken.None));
        host.Time.Advance(TimeSpan.FromMinutes(16));
        Assert.True(await job.RunOnceAsync(CancellationToken.None));

        var seats = await host.WithDbAsync(db => db.TrainingSeats.OrderBy(s => s.Email).ToListAsync());
        Assert.Equal([InvitationResponse.Accepted, InvitationResponse.Declined, InvitationResponse.NoAnswer], seats.Select(s => s.Response));
        var cards = await host.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == OutboxKinds.TeamsSend).Select(m => m.IdempotencyKey).ToListAsync());
        Assert.Equal([$"training-reminder:{session.Id}:aad-3:1", $"training-summary:{session.Id}"], cards.Order());

        host.Time.SetUtcNow(new DateTimeOffset(2026, 3, 12, 6, 30, 0, TimeSpan.Zero));
        Assert.True(await job.RunOnceAsync(CancellationToken.None));

        var attendance = await host.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.IdempotencyKey == $"training-attendance:{session.Id}"));
        Assert.Equal(DeliverySeed.Officer, attendance.Recipient);
        Assert.Contains(TrainingVerbs.RecordAttendance, attendance.Payload, StringComparison.Ordinal);
    }
}
