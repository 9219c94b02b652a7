using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Channel.Outbound;

/// <summary>
/// Token buckets under Teams' documented limits: messages per conversation per second, and
/// requests per app per tenant per second. Waiting here is cheaper than a 429 and its back-off;
/// the longer Teams windows (e.g. per 30 s) are left to the 429 retry.
/// </summary>
internal sealed class ConnectorRateLimiter : IDisposable
{
    // Enough to absorb a burst of notifications; beyond it the caller fails fast and the outbox retries.
    private const int QueueLimit = 1000;

    private readonly PartitionedRateLimiter<ConversationAddress> conversations;
    private readonly PartitionedRateLimiter<ConversationAddress> tenants;
    private readonly PartitionedRateLimiter<ConversationAddress> chained;
    private volatile bool disposed;

    public ConnectorRateLimiter(IOptions<TeamsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        conversations = PartitionedRateLimiter.Create<ConversationAddress, string>(address =>
            address.ConversationId.Length == 0
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetTokenBucketLimiter(address.ServiceUrl + "|" + address.ConversationId, _ => PerSecond(settings.ConversationMessagesPerSecond)));
        tenants = PartitionedRateLimiter.Create<ConversationAddress, string>(address =>
            RateLimitPartition.GetTokenBucketLimiter(address.TenantId ?? "", _ => PerSecond(settings.TenantRequestsPerSecond)));
        chained = PartitionedRateLimiter.CreateChained(conversations, tenants);
    }

    public async ValueTask<RateLimitLease> AcquireAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        var lease = await AcquireOnceAsync(address, cancellationToken);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        throw new ConnectorRequestException(System.Net.HttpStatusCode.TooManyRequests, "Outbound queue for this conversation or tenant is full.");
    }

    // The partitioned limiter disposes a conversation's bucket after 10 s idle; an acquire that
    // raced with that disposal throws ObjectDisposedException (dotnet/runtime#99865) although the
    // next acquire gets a fresh bucket. Seen in the benchmark as a failed turn; retried here.
    private async ValueTask<RateLimitLease> AcquireOnceAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await chained.AcquireAsync(address, 1, cancellationToken);
            }
            catch (ObjectDisposedException) when (attempt < 3 && !disposed)
            {
            }
        }
    }

    public void Dispose()
    {
        disposed = true;
        chained.Dispose();
        conversations.Dispose();
        tenants.Dispose();
    }

    private static TokenBucketRateLimiterOptions PerSecond(int rate) => new()
    {
        TokenLimit = rate,
        TokensPerPeriod = rate,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}
