using System.Text.RegularExpressions;
using ComplianceBot.Graph.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Graph.Tests.Remote;

public sealed partial class EventResponseReaderTests : IAsyncLifetime
{
    private FakeGraphServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeGraphServer.StartAsync();
        _services = GraphTestHost.Create(_server.BaseUrl, new FakeTokenCredential());
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private ITrainingCalendar Calendar => _services.GetRequiredService<ITrainingCalendar>();

    private static FakeResponse EventWithAttendees(string eventId) => FakeResponse.Json(200, $$$"""
        {"id":"{{{eventId}}}","attendees":[
          {"type":"required","status":{"response":"accepted","time":"2026-11-20T08:00:00Z"},"emailAddress":{"address":"a@contoso.kz"}},
          {"type":"required","status":{"response":"declined","time":"2026-11-21T09:30:00Z"},"emailAddress":{"address":"b@contoso.kz"}},
          {"type":"required","status":{"response":"none","time":"0001-01-01T00:00:00Z"},"emailAddress":{"address":"c@contoso.kz"}}]}
        """);

    [GeneratedRegex("^/users/compliance@contoso.kz/events/(?<id>[^?]+)\\?\\$select=attendees$")]
    private static partial Regex StepUrl();

    private static string EventIdOf(BatchStep step)
    {
        var match = StepUrl().Match(step.Url);
        Assert.True(match.Success, $"unexpected step url {step.Url}");
        Assert.Equal("GET", step.Method);
        return match.Groups["id"].Value;
    }

    [Fact]
    public async Task GetResponsesAsync_45Events_ReadsThemInBatchesOf20()
    {
        var ids = Enumerable.Range(1, 45).Select(i => $"event-{i}").ToList();
        _server.BatchHandler = step => EventWithAttendees(EventIdOf(step));

        var responses = await Calendar.GetResponsesAsync(ids, CancellationToken.None);

        var batches = _server.Requests.ToList();
        Assert.All(batches, b => Assert.Equal(("POST", "/v1.0/$batch"), (b.Method, b.Path)));
        Assert.Equal([20, 20, 5], batches.Select(b => b.Json.GetProperty("requests").GetArrayLength()));
        Assert.Equal(ids, responses.Select(r => r.EventId));
        var first = responses[0];
        Assert.True(first.Found);
        Assert.Equal(
            [AttendeeResponse.Accepted, AttendeeResponse.Declined, AttendeeResponse.None],
            first.Attendees.Select(a => a.Response));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero), first.Attendees[0].RespondedAt);
        Assert.Null(first.Attendees[2].RespondedAt);
    }

    [Fact]
    public async Task GetResponsesAsync_ThrottledStep_RetriesOnlyThatStepAfterRetryAfter()
    {
        var throttledOnce = 0;
        _server.BatchHandler = step =>
        {
            var id = EventIdOf(step);
            return id == "event-2" && Interlocked.Exchange(ref throttledOnce, 1) == 0 ? FakeResponse.Throttled(1) : EventWithAttendees(id);
        };

        var responses = await Calendar.GetResponsesAsync(["event-1", "event-2", "event-3"], CancellationToken.None);

        var batches = _server.Requests.ToList();
        Assert.Equal([3, 1], batches.Select(b => b.Json.GetProperty("requests").GetArrayLength()));
        // Allow for timers firing a few milliseconds early on their coarse clock.
        Assert.True(batches[1].At - batches[0].At >= TimeSpan.FromMilliseconds(980), $"waited {batches[1].At - batches[0].At}");
        Assert.All(responses, r => Assert.True(r.Found));
    }

    [Fact]
    public async Task GetResponsesAsync_DeletedEvent_ReportsNotFound()
    {
        _server.BatchHandler = step => EventIdOf(step) == "gone"
            ? FakeResponse.Json(404, """{"error":{"code":"ErrorItemNotFound","message":"x"}}""")
            : EventWithAttendees(EventIdOf(step));

        var responses = await Calendar.GetResponsesAsync(["kept", "gone"], CancellationToken.None);

        Assert.True(responses[0].Found);
        Assert.False(responses[1].Found);
        Assert.Empty(responses[1].Attendees);
    }

    [Fact]
    public async Task GetResponsesAsync_StepForbidden_ThrowsPermanentFailure()
    {
        _server.BatchHandler = _ => FakeResponse.Json(403, """{"error":{"code":"ErrorAccessDenied","message":"x"}}""");

        var failure = await Assert.ThrowsAsync<GraphDeliveryException>(() => Calendar.GetResponsesAsync(["e"], CancellationToken.None));

        Assert.False(failure.IsTransient);
        Assert.Equal(403, failure.StatusCode);
    }
}
