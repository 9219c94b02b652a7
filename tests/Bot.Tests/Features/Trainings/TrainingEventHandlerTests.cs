using ComplianceBot.Bot.Features.DirectorNotices;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Bot.Tests.Delivery.Graph;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Graph.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Features.Trainings;

public sealed class TrainingEventHandlerTests : FakeGraphTest
{
    // Reg. 14.7: an outbox row becomes exactly this POST: attendees, Teams meeting, Almaty wall-clock time.
    [Fact]
    public async Task DeliverAsync_TrainingEventRow_PostsTheEventWithAttendeesAndTeamsMeeting()
    {
        GraphServer.Handler = DeliverySeed.CreatedEvent;
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl);
        await DeliverySeed.OfficerAndEmployeesAsync(host, ("aad-1", "Finance", "a1@contoso.kz"), ("aad-2", "Finance", "a2@contoso.kz"), ("aad-3", "Legal", "a3@contoso.kz"));
        var training = await DeliverySeed.TrainingAsync(host, "Finance", capacity: 30);

        await host.DrainAsync(rounds: 1);

        var post = Assert.Single(GraphServer.Requests);
        Assert.Equal("POST", post.Method);
        Assert.Equal($"/v1.0/users/{GraphDeliveryHost.Mailbox}/events", post.Path);
        var json = post.Json;
        Assert.Equal("Ethics & gifts", json.GetProperty("subject").GetString());
        Assert.Equal("Gifts &lt;policy&gt;", json.GetProperty("body").GetProperty("content").GetString());
        Assert.Equal("2026-03-12T10:00:00", json.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal("Asia/Almaty", json.GetProperty("start").GetProperty("timeZone").GetString());
        Assert.Equal("2026-03-12T11:00:00", json.GetProperty("end").GetProperty("dateTime").GetString());
        Assert.True(json.GetProperty("isOnlineMeeting").GetBoolean());
        Assert.Equal("teamsForBusiness", json.GetProperty("onlineMeetingProvider").GetString());
        var session = training.Sessions.Single();
        Assert.Equal($"training-event:{session.Id}", json.GetProperty("transactionId").GetString());
        Assert.Equal(
            ["a1@contoso.kz", "a2@contoso.kz"],
            json.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("emailAddress").GetProperty("address").GetString()!).Order());
        var stored = await host.WithDbAsync(db => db.TrainingSessions.SingleAsync());
        Assert.Equal($"evt-training-event:{session.Id}", stored.EventId);
    }

    [Fact]
    public async Task DeliverAsync_AudienceAboveCapacity_OneEventPerSession()
    {
        GraphServer.Handler = DeliverySeed.CreatedEvent;
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl);
        await DeliverySeed.OfficerAndEmployeesAsync(host, [.. Enumerable.Range(1, 5).Select(i => ($"aad-{i}", "Finance", $"a{i}@contoso.kz"))]);
        var training = await DeliverySeed.TrainingAsync(host, "Finance", capacity: 2);

        await host.DrainAsync(rounds: 1);

        Assert.Equal(3, training.Sessions.Count);
        var posts = GraphServer.Requests.ToList();
        Assert.Equal(3, posts.Count);
        Assert.Equal([2, 2, 1], posts.Select(p => p.Json.GetProperty("attendees").GetArrayLength()).OrderDescending());
        Assert.Contains(posts, p => p.Json.GetProperty("start").GetProperty("dateTime").GetString() == "2026-03-12T11:15:00");
    }

    // Design decision 5: a Graph outage delays, never loses, and nothing is sent twice.
    [Fact]
    public async Task DeliverAsync_GraphOutageThenRecovery_EverySessionCreatedExactlyOnce()
    {
        var calls = 0;
        GraphServer.Handler = r => Interlocked.Increment(ref calls) <= 7 ? FakeResponse.Unavailable() : Created(r);
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl);
        await DeliverySeed.OfficerAndEmployeesAsync(host, [.. Enumerable.Range(1, 6).Select(i => ($"aad-{i}", "Finance", $"a{i}@contoso.kz"))]);
        var training = await DeliverySeed.TrainingAsync(host, "Finance", capacity: 2);

        await host.DrainAsync();

        await AssertEachSessionCreatedOnceAsync(host, training.Sessions.Select(s => s.Id).ToList());
        Assert.True(calls > 7);
    }

    // A crash mid-delivery (rows leased by an instance that died) and a restart lose nothing.
    [Fact]
    public async Task DeliverAsync_RestartMidway_DeliversEverythingOnce()
    {
        GraphServer.Handler = _ => FakeResponse.Unavailable();
        List<Guid> sessions;
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 4, 0, 0, TimeSpan.Zero));
        await using (var first = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl, time))
        {
            await DeliverySeed.OfficerAndEmployeesAsync(first, [.. Enumerable.Range(1, 4).Select(i => ($"aad-{i}", "Finance", $"a{i}@contoso.kz"))]);
            sessions = (await DeliverySeed.TrainingAsync(first, "Finance", capacity: 1)).Sessions.Select(s => s.Id).ToList();
            await first.Dispatcher.RunOnceAsync(CancellationToken.None);
            time.Advance(TimeSpan.FromHours(1));
            // An instance claims every due row and dies before settling them.
            await first.WithDbAsync(db => new OutboxStore(db, time).ClaimDueAsync("crashed-instance", 100, TimeSpan.FromMinutes(2), CancellationToken.None));
        }

        GraphServer.Handler = Created;
        await using var second = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl, time);
        await second.DrainAsync(rounds: 3);

        await AssertEachSessionCreatedOnceAsync(second, sessions);
    }

    [Fact]
    public async Task DeliverAsync_PermanentRefusal_FailsWithoutRetry()
    {
        GraphServer.Handler = _ => FakeResponse.Json(400, """{"error":{"code":"ErrorInvalidRequest","message":"bad"}}""");
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl);
        await DeliverySeed.OfficerAndEmployeesAsync(host, ("aad-1", "Finance", "a1@contoso.kz"));
        await DeliverySeed.TrainingAsync(host, "Finance", capacity: 30);

        await host.DrainAsync(rounds: 3);

        var row = await host.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.TrainingEvent));
        Assert.NotNull(row.FailedAt);
        Assert.Single(GraphServer.Requests);
    }

    private async Task AssertEachSessionCreatedOnceAsync(GraphDeliveryHost host, List<Guid> sessions)
    {
        var rows = await host.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == OutboxKinds.TrainingEvent).ToListAsync());
        Assert.Equal(sessions.Count, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.DeliveredAt));
        var stored = await host.WithDbAsync(db => db.TrainingSessions.ToListAsync());
        Assert.All(stored, s => Assert.Equal($"evt-training-event:{s.Id}", s.EventId));
        // Exactly once: one successful creation per session; every other POST met the outage.
        Assert.Equal(sessions.Select(s => $"training-event:{s}").Order(), _created.Order());
    }

    private FakeResponse Created(RecordedRequest request)
    {
        lock (_created)
        {
            _created.Add(request.Json.GetProperty("transactionId").GetString()!);
        }

        return DeliverySeed.CreatedEvent(request);
    }

    private readonly List<string> _created = [];
}
