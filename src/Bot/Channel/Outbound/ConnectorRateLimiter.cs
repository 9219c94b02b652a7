using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Channel.Outbound;

/// <summary>
/// Sliding windows under Teams' documented limits: messages per conversation per second, and requests
/// per app per tenant per second (decisions 023, 075). Waiting here is cheaper than a 429 and its
/// Retry-After; the longer Teams windows (e.g. per 30 s) and other instances' requests are left to the
/// 429 retry.
/// </summary>
internal sealed class ConnectorRateLimiter : IDisposable
{
    // Enough to absorb a burst of notifications; beyond it the caller fails fast and the outbox retries.
    private const int QueueLimit = 1000;
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly SlidingWindowLimiter conversations;
    private readonly SlidingWindowLimiter tenants;

    public ConnectorRateLimiter(IOptions<TeamsOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        conversations = new SlidingWindowLimiter(settings.ConversationMessagesPerSecond, Second, QueueLimit, time);
        tenants = new SlidingWindowLimiter(settings.TenantRequestsPerSecond, Second, QueueLimit, time);
    }

    /// <summary>A slot in the conversation's window, then in the tenant's; dispose it when the answer has come.</summary>
    public async ValueTask<IDisposable> AcquireAsync(ConversationAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);

        // Creating a conversation has no conversation yet: only the tenant's limit applies.
        var conversation = address.ConversationId.Length == 0
            ? null
            : await conversations.AcquireAsync(address.ServiceUrl + "|" + address.ConversationId, cancellationToken) ?? throw QueueFull();
        try
        {
            var tenant = await tenants.AcquireAsync(address.TenantId ?? "", cancellationToken) ?? throw QueueFull();
            return new Both(conversation, tenant);
        }
        catch
        {
            conversation?.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        conversations.Dispose();
        tenants.Dispose();
    }

    private static ConnectorRequestException QueueFull() =>
        new(System.Net.HttpStatusCode.TooManyRequests, "Outbound queue for this conversation or tenant is full.");

    private sealed class Both(IDisposable? conversation, IDisposable tenant) : IDisposable
    {
        public void Dispose()
        {
            tenant.Dispose();
            conversation?.Dispose();
        }
    }
}
