using System.Collections.Concurrent;
using System.Globalization;

namespace ComplianceBot.Bench.FakeTeams;

/// <summary>Every proactive message by conversation: how many arrived, to how many people, and when the last new one came.</summary>
internal sealed class Ledger
{
    private ConcurrentDictionary<string, int> byConversation = new(StringComparer.Ordinal);
    private long accepted;
    private long throttled;
    private long lastNewAtMs;

    public void Record(string conversationId)
    {
        Interlocked.Increment(ref accepted);
        if (byConversation.AddOrUpdate(conversationId, 1, (_, n) => n + 1) == 1)
        {
            Interlocked.Exchange(ref lastNewAtMs, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        }
    }

    public void Throttled() => Interlocked.Increment(ref throttled);

    public void Reset()
    {
        byConversation = new(StringComparer.Ordinal);
        Interlocked.Exchange(ref accepted, 0);
        Interlocked.Exchange(ref throttled, 0);
        Interlocked.Exchange(ref lastNewAtMs, 0);
    }

    /// <summary>"messages recipients duplicates throttled lastNewAtMs" on one line, for the shell.</summary>
    public string Snapshot()
    {
        var duplicates = byConversation.Values.Sum(n => n - 1);
        return string.Join(' ',
            Interlocked.Read(ref accepted).ToString(CultureInfo.InvariantCulture),
            byConversation.Count.ToString(CultureInfo.InvariantCulture),
            duplicates.ToString(CultureInfo.InvariantCulture),
            Interlocked.Read(ref throttled).ToString(CultureInfo.InvariantCulture),
            Interlocked.Read(ref lastNewAtMs).ToString(CultureInfo.InvariantCulture));
    }
}
