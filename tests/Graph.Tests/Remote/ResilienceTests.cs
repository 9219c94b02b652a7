using System.Diagnostics;
using ComplianceBot.Graph.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Graph.Tests.Remote;

/// <summary>Throttling, outages, slowness and the per-mailbox limit, against the fake server with the real SDK.</summary>
public sealed class ResilienceTests : IAsyncLifetime
{
    private const string Created = """{"id":"AAMk1","iCalUId":"uid-1"}""";
    private static readonly TimeSpan TimerResolution = TimeSpan.FromMilliseconds(20);
    private FakeGraphServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ServiceProvider Services(IDictionary<string, string?>? overrides = null) =>
        GraphTestHost.Create(_server.BaseUrl, new FakeTokenCredential(), overrides);

    private static OutgoingMail Notice(string key) => new()
    {
        To = ["director@contoso.kz"],
        Subject = "Notice (Reg. 23.3)",
        HtmlBody = "<p>A new report was filed.</p>",
        IdempotencyKey = key,
    };

    [Fact]
    public async Task CreateTrainingEventAsync_429WithRetryAfter_WaitsAtLeastRetryAfterThenSucceeds()
    {
        var calls = 0;
        _server.Handler = _ => Interlocked.Increment(ref calls) == 1 ? FakeResponse.Throttled(2) : FakeResponse.Json(201, Created);
        await using var services = Services();

        var created = await services.GetRequiredService<ITrainingCalendar>()
            .CreateTrainingEventAsync(GraphTrainingCalendarTests.Request(true), CancellationToken.None);

        var requests = _server.Requests.ToList();
        Assert.Equal(2, requests.Count);
        // Timers run on a coarse clock that may fire a few milliseconds before a Stopwatch says 2 s.
        var waited = requests[1].At - requests[0].At;
        Assert.True(waited >= TimeSpan.FromSeconds(2) - TimerResolution, $"waited {waited}");
        Assert.Equal("1", requests[1].Headers["Retry-Attempt"]);
        Assert.Equal(requests[0].Body, requests[1].Body);
        Assert.Equal("AAMk1", created.EventId);
    }

    [Fact]
    public async Task CreateTrainingEventAsync_ThrottledBeyondTimeLimit_ThrowsTransientWithRetryAfter()
    {
        _server.Handler = _ => FakeResponse.Throttled(120);
        await using var services = Services(new Dictionary<string, string?> { ["Graph:RetriesTimeLimit"] = "00:00:05" });

        var failure = await Assert.ThrowsAsync<GraphDeliveryException>(() => services.GetRequiredService<ITrainingCalendar>()
            .CreateTrainingEventAsync(GraphTrainingCalendarTests.Request(true), CancellationToken.None));

        Assert.True(failure.IsTransient);
        Assert.Equal(429, failure.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), failure.RetryAfter);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task SendAsync_OutageThenRecovery_FailsTransientlyThenDeliversOnce()
    {
        var healthy = false;
        _server.Handler = _ => Volatile.Read(ref healthy) ? FakeResponse.Empty(202) : FakeResponse.Unavailable();
        await using var services = Services();
        var sender = services.GetRequiredService<IMailSender>();

        var failure = await Assert.ThrowsAsync<GraphDeliveryException>(() => sender.SendAsync(Notice("n-1"), CancellationToken.None));
        Volatile.Write(ref healthy, true);
        await sender.SendAsync(Notice("n-1"), CancellationToken.None);

        Assert.True(failure.IsTransient);
        Assert.Equal(503, failure.StatusCode);

        // 1 attempt + 2 SDK retries during the outage, then one delivery.
        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_ServerSlowerThanTimeout_ThrowsTransient()
    {
        _server.Latency = TimeSpan.FromSeconds(3);
        _server.Handler = _ => FakeResponse.Empty(202);
        await using var services = Services(new Dictionary<string, string?> { ["Graph:RequestTimeout"] = "00:00:01" });

        var failure = await Assert.ThrowsAsync<GraphDeliveryException>(() =>
            services.GetRequiredService<IMailSender>().SendAsync(Notice("slow"), CancellationToken.None));

        Assert.True(failure.IsTransient);
        Assert.Equal("timeout", failure.ErrorCode);
    }

    [Fact]
    public async Task CreateTrainingEventAsync_TwelveAtOnce_NeverMoreThanFourInFlightPerMailbox()
    {
        _server.Latency = TimeSpan.FromMilliseconds(300);
        _server.Handler = _ => FakeResponse.Json(201, Created);
        await using var services = Services();
        var calendar = services.GetRequiredService<ITrainingCalendar>();
        var watch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            calendar.CreateTrainingEventAsync(GraphTrainingCalendarTests.Request(true, $"k{i}"), CancellationToken.None)));

        Assert.Equal(12, _server.Requests.Count);
        Assert.Equal(4, _server.MaxInFlight(GraphTestHost.Mailbox));

        // Three waves of four, each at least the server latency.
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(850), $"took {watch.Elapsed}");
    }
}
