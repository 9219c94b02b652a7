using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Channel.Outbound;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Channel.Outbound;

/// <summary>
/// The client-side limits against Teams' (decision 075): at most N requests in any one-second window as
/// the receiver counts them. A token bucket refilled once a second fails these: it lets a second burst
/// through at the refill, half a second after the first.
/// </summary>
public sealed class ConnectorRateLimiterTests : IDisposable
{
    private static readonly ConversationAddress Conversation = new("https://smba.test/emea", "a:c", "tenant-1");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly List<IDisposable> leases = [];
    private ConnectorRateLimiter? limiter;

    [Fact]
    public async Task AcquireAsync_BurstHalfwayThroughASecond_NextWaitsAFullSecondFromIt()
    {
        var limits = Create(tenant: 5);
        time.Advance(TimeSpan.FromMilliseconds(500));
        for (var i = 0; i < 5; i++)
        {
            leases.Add(await limits.AcquireAsync(Other(i), default));
        }

        ReleaseAll();
        var sixth = limits.AcquireAsync(Other(5), default).AsTask();

        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(sixth.IsCompleted, "granted within one second of five others");
        time.Advance(TimeSpan.FromMilliseconds(1));
        leases.Add(await sixth.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task AcquireAsync_SlotHeldUntilTheAnswer_WindowCountsFromTheAnswer()
    {
        var limits = Create(tenant: 1);
        var first = await limits.AcquireAsync(Conversation, default);
        var second = limits.AcquireAsync(Other(1), default).AsTask();

        time.Advance(TimeSpan.FromMilliseconds(300));
        first.Dispose();
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted, "granted less than a second after the first answer");
        time.Advance(TimeSpan.FromMilliseconds(1));
        leases.Add(await second.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task AcquireAsync_SaturatedForSeconds_NeverMoreThanTheLimitInAnyWindow()
    {
        const int Limit = 10;
        var limits = Create(tenant: Limit);
        var steps = new StepContext();
        var waiting = steps.Run(() => Enumerable.Range(0, 45).Select(i => limits.AcquireAsync(Other(i), default).AsTask()).ToList());
        var grantedAt = new List<TimeSpan>();
        for (var ms = 0; ms <= 5000; ms += 10)
        {
            foreach (var task in waiting.Where(t => t.IsCompleted).ToList())
            {
                waiting.Remove(task);
                grantedAt.Add(TimeSpan.FromMilliseconds(ms));
                (await task).Dispose(); // answered at once
            }

            time.Advance(TimeSpan.FromMilliseconds(10));
            steps.RunPending();
        }

        Assert.Empty(waiting);
        Assert.All(grantedAt, t => Assert.True(grantedAt.Count(u => u >= t && u < t + TimeSpan.FromSeconds(1)) <= Limit, $"more than {Limit} in the second from {t}"));
        Assert.Equal(TimeSpan.FromSeconds(4), grantedAt.Max());
    }

    [Fact]
    public async Task AcquireAsync_MoreThanTheConversationRate_WaitsForTheWindow()
    {
        var limits = Create(conversation: 7);
        for (var i = 0; i < 7; i++)
        {
            leases.Add(await limits.AcquireAsync(Conversation, default));
        }

        ReleaseAll();
        var eighth = limits.AcquireAsync(Conversation, default).AsTask();
        var elsewhere = limits.AcquireAsync(Other(1), default).AsTask();

        Assert.True(elsewhere.IsCompleted, "another conversation was held back");
        Assert.False(eighth.IsCompleted, "an eighth message in one second");
        time.Advance(TimeSpan.FromSeconds(1));
        leases.Add(await eighth.WaitAsync(TimeSpan.FromSeconds(5)));
        leases.Add(await elsewhere);
    }

    [Fact]
    public async Task AcquireAsync_WaiterCancelled_NextInLineGetsTheSlot()
    {
        var limits = Create(tenant: 1);
        using (await limits.AcquireAsync(Conversation, default))
        {
        }

        using var cancel = new CancellationTokenSource();
        var cancelled = limits.AcquireAsync(Other(1), cancel.Token).AsTask();
        var next = limits.AcquireAsync(Other(2), default).AsTask();
        await cancel.CancelAsync();
        time.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        leases.Add(await next.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task AcquireAsync_QueueFull_FailsFastAsTooManyRequests()
    {
        var limits = Create(tenant: 1);
        leases.Add(await limits.AcquireAsync(Conversation, default));
        var queued = Enumerable.Range(0, 1000).Select(i => limits.AcquireAsync(Other(i), default).AsTask()).ToList();

        var full = await Assert.ThrowsAsync<ConnectorRequestException>(async () => await limits.AcquireAsync(Other(1001), default));

        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, full.StatusCode);
        Assert.DoesNotContain(queued, t => t.IsCompleted);
    }

    public void Dispose()
    {
        ReleaseAll();
        limiter?.Dispose();
    }

    private static ConversationAddress Other(int i) => Conversation with { ConversationId = $"a:other-{i}" };

    private ConnectorRateLimiter Create(int conversation = 7, int tenant = 50) =>
        limiter = new ConnectorRateLimiter(Options.Create(new TeamsOptions { ConversationMessagesPerSecond = conversation, TenantRequestsPerSecond = tenant }), time);

    private void ReleaseAll()
    {
        leases.ForEach(l => l.Dispose());
        leases.Clear();
    }

    /// <summary>
    /// Runs what the limiter's awaits resume on this thread, when the test says so. A slot granted by a
    /// timer completes the caller's task only once its continuation has run (waiters complete asynchronously);
    /// on the thread pool that could be several fake steps later on a loaded machine, and the test then saw
    /// a grant late. With this context each step's grants are complete before the step is read.
    /// </summary>
    private sealed class StepContext : SynchronizationContext
    {
        private readonly Queue<(SendOrPostCallback Callback, object? State)> _pending = new();

        public T Run<T>(Func<T> start)
        {
            var previous = Current;
            SetSynchronizationContext(this);
            try
            {
                return start();
            }
            finally
            {
                SetSynchronizationContext(previous);
            }
        }

        public override void Post(SendOrPostCallback d, object? state)
        {
            lock (_pending)
            {
                _pending.Enqueue((d, state));
            }
        }

        public void RunPending()
        {
            while (true)
            {
                (SendOrPostCallback Callback, object? State) next;
                lock (_pending)
                {
                    if (!_pending.TryDequeue(out next))
                    {
                        return;
                    }
                }

                Run(() =>
                {
                    next.Callback(next.State);
                    return true;
                });
            }
        }
    }
}
