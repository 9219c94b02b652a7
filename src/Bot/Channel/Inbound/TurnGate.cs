using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Channel.Inbound;

/// <summary>
/// Admission to /api/messages (decision 108): at most <see cref="TeamsOptions.MaxConcurrentTurns"/>
/// activities are worked on at once, the rest queue oldest first. Under a burst the work in flight —
/// database contexts, parsed activities, replies being sent — stays bounded, and so do memory and
/// the lock contention that made stalls longer.
/// </summary>
internal sealed class TurnGate(IOptions<TeamsOptions> options) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.MaxConcurrentTurns,
        QueueLimit = options.Value.MaxQueuedTurns,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>A lease to dispose when the turn is answered; not acquired when the queue is full.</summary>
    public ValueTask<RateLimitLease> EnterAsync(CancellationToken cancellationToken) => _limiter.AcquireAsync(1, cancellationToken);

    public void Dispose() => _limiter.Dispose();
}
