using ComplianceBot.Graph.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Graph.Tests.Remote;

public sealed class GraphTrainingCalendarTests : IAsyncLifetime
{
    private const string CreatedJson = """
        {"id":"AAMkEvent1","iCalUId":"040000008200E00074C5B7101A82E008","onlineMeeting":{"joinUrl":"https://teams.example/l/meetup-join/abc"}}
        """;

    private readonly FakeTokenCredential _credential = new();
    private FakeGraphServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeGraphServer.StartAsync();
        _services = GraphTestHost.Create(_server.BaseUrl, _credential);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private ITrainingCalendar Calendar => _services.GetRequiredService<ITrainingCalendar>();

    internal static TrainingEventRequest Request(bool online, string key = "outbox-42") => new()
    {
        IdempotencyKey = key,
        Subject = "Сыбайлас жемқорлыққа қарсы оқыту",
        AgendaHtml = "<p>Reg. 14.7 seminar</p>",
        Start = new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero),
        Duration = TimeSpan.FromMinutes(90),
        IsOnline = online,
        Room = online ? null : "Room 301",
        Attendees = [new("aigerim@contoso.kz", "Айгерим"), new("daniyar@contoso.kz", null)],
    };

    [Fact]
    public async Task CreateTrainingEventAsync_OnlineSession_PostsEventWithAttendeesAndTeamsMeeting()
    {
        _server.Handler = _ => FakeResponse.Json(201, CreatedJson);

        var created = await Calendar.CreateTrainingEventAsync(Request(online: true), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1.0/users/compliance@contoso.kz/events", request.Path);
        Assert.Equal("Bearer " + FakeTokenCredential.Token, request.Headers["Authorization"]);
        var body = request.Json;
        Assert.Equal("Сыбайлас жемқорлыққа қарсы оқыту", body.GetProperty("subject").GetString());
        Assert.Equal("html", body.GetProperty("body").GetProperty("contentType").GetString());
        Assert.Equal("<p>Reg. 14.7 seminar</p>", body.GetProperty("body").GetProperty("content").GetString());
        Assert.Equal("2026-12-01T10:00:00", body.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal("Asia/Almaty", body.GetProperty("start").GetProperty("timeZone").GetString());
        Assert.Equal("2026-12-01T11:30:00", body.GetProperty("end").GetProperty("dateTime").GetString());
        Assert.Equal("Asia/Almaty", body.GetProperty("end").GetProperty("timeZone").GetString());
        Assert.True(body.GetProperty("isOnlineMeeting").GetBoolean());
        Assert.Equal("teamsForBusiness", body.GetProperty("onlineMeetingProvider").GetString());
        Assert.False(body.GetProperty("allowNewTimeProposals").GetBoolean());
        Assert.Equal("outbox-42", body.GetProperty("transactionId").GetString());
        Assert.False(body.TryGetProperty("location", out _));
        var attendees = body.GetProperty("attendees").EnumerateArray().ToList();
        Assert.Equal(2, attendees.Count);
        Assert.All(attendees, a => Assert.Equal("required", a.GetProperty("type").GetString()));
        Assert.Equal("aigerim@contoso.kz", attendees[0].GetProperty("emailAddress").GetProperty("address").GetString());
        Assert.Equal("Айгерим", attendees[0].GetProperty("emailAddress").GetProperty("name").GetString());
        Assert.Equal(new CreatedEvent("AAMkEvent1", "040000008200E00074C5B7101A82E008", "https://teams.example/l/meetup-join/abc"), created);
        Assert.Contains("https://graph.microsoft.com/.default", _credential.RequestedScopes);
    }

    [Fact]
    public async Task CreateTrainingEventAsync_RoomSession_SetsLocationWithoutOnlineMeeting()
    {
        _server.Handler = _ => FakeResponse.Json(201, """{"id":"AAMkEvent2","iCalUId":"uid-2"}""");

        var created = await Calendar.CreateTrainingEventAsync(Request(online: false), CancellationToken.None);

        var body = Assert.Single(_server.Requests).Json;
        Assert.Equal("Room 301", body.GetProperty("location").GetProperty("displayName").GetString());
        Assert.False(body.TryGetProperty("isOnlineMeeting", out _));
        Assert.False(body.TryGetProperty("onlineMeetingProvider", out _));
        Assert.Null(created.JoinUrl);
    }

    [Fact]
    public async Task CreateTrainingEventAsync_AudienceSplitIntoSessions_OneEventPerSessionWithItsAttendees()
    {
        var ids = 0;
        _server.Handler = _ => FakeResponse.Json(201, $$"""{"id":"AAMk{{Interlocked.Increment(ref ids)}}"}""");
        var audience = Enumerable.Range(1, 45).Select(i => new TrainingAttendee($"user{i}@contoso.kz", null)).ToList();
        var sessions = TrainingSessionPlanner.Split(audience, 20, Request(true).Start, TimeSpan.FromMinutes(90), TimeSpan.FromMinutes(30));

        foreach (var session in sessions)
        {
            await Calendar.CreateTrainingEventAsync(
                Request(true, $"training-7/session-{session.Number}") with { Start = session.Start, Duration = session.Duration, Attendees = session.Attendees },
                CancellationToken.None);
        }

        var bodies = _server.Requests.Select(r => r.Json).ToList();
        Assert.Equal([15, 15, 15], bodies.Select(b => b.GetProperty("attendees").GetArrayLength()));
        Assert.Equal(["2026-12-01T10:00:00", "2026-12-01T12:00:00", "2026-12-01T14:00:00"], bodies.Select(b => b.GetProperty("start").GetProperty("dateTime").GetString()));
        Assert.Equal(["training-7/session-1", "training-7/session-2", "training-7/session-3"], bodies.Select(b => b.GetProperty("transactionId").GetString()));
        Assert.Equal(45, bodies.SelectMany(b => b.GetProperty("attendees").EnumerateArray()).Select(a => a.GetProperty("emailAddress").GetProperty("address").GetString()).Distinct().Count());
    }

    [Theory]
    [InlineData(400, "ErrorInvalidRequest")]
    [InlineData(403, "ErrorAccessDenied")]
    [InlineData(404, "ErrorInvalidUser")]
    public async Task CreateTrainingEventAsync_ClientError_ThrowsPermanentFailure(int status, string code)
    {
        _server.Handler = _ => FakeResponse.Json(status, $$$"""{"error":{"code":"{{{code}}}","message":"no"}}""");

        var failure = await Assert.ThrowsAsync<GraphDeliveryException>(() => Calendar.CreateTrainingEventAsync(Request(true), CancellationToken.None));

        Assert.False(failure.IsTransient);
        Assert.Equal(status, failure.StatusCode);
        Assert.Equal(code, failure.ErrorCode);
        Assert.Single(_server.Requests);
        Assert.DoesNotContain("contoso", failure.Message, StringComparison.OrdinalIgnoreCase);
    }
}
