using System.Collections.Concurrent;

namespace ComplianceBot.Bot.Channel.Outbound;

/// <summary>
/// Only serviceUrls that arrived in authenticated activities receive the bot's token: otherwise a
/// forged address could collect it. The store is the shared truth; this instance remembers the
/// (few) positive answers so the hot path needs no database read.
/// </summary>
internal sealed class TrustedServiceUrls(IServiceScopeFactory scopeFactory)
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
        var normalized = ServiceUrls.Normalize(serviceUrl);
        if (known.ContainsKey(normalized))
        {
            return true;
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
