using System.Collections.Concurrent;

namespace ComplianceBot.Bot.Channel.Outbound;

/// <summary>
/// Only serviceUrls on an allowed host (<see cref="ServiceUrlPolicy"/>, decision 112) that arrived in
/// authenticated activities receive the bot's token: otherwise a forged address could collect it. The
/// host rule is checked on every call, so a reference stored before it existed is refused too. The
/// store is the shared truth for "seen"; this instance remembers the (few) positive answers so the
/// hot path needs no database read.
/// </summary>
internal sealed class TrustedServiceUrls(IServiceScopeFactory scopeFactory, ServiceUrlPolicy policy)
{
    private const int MaxRemembered = 1024;

    private readonly ConcurrentDictionary<string, byte> known = new(StringComparer.OrdinalIgnoreCase);

    public void Remember(string normalizedServiceUrl)
    {
        if (known.Count < MaxRemembered)
        {
            known.TryAdd(normalizedServiceUrl, 0);
        }
    }

    public async ValueTask<bool> IsTrustedAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        // Remembered only once the policy allowed it (admission or the lines below), so a hit needs no second check.
        var normalized = ServiceUrls.Normalize(serviceUrl);
        if (known.ContainsKey(normalized))
        {
            return true;
        }

        if (!policy.IsAllowed(serviceUrl))
        {
            return false;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IChannelStateStore>();
        if (!await store.IsKnownServiceUrlAsync(normalized, cancellationToken))
        {
            return false;
        }

        Remember(normalized);
        return true;
    }
}
