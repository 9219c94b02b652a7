using System.Diagnostics;

namespace ComplianceBot.Bench.FakeTeams;

/// <summary>At most <c>limit</c> accepted requests in any window of <c>window</c> length (stricter than a token bucket).</summary>
internal sealed class SlidingWindowLimit(int limit, TimeSpan window)
{
    private readonly Queue<long> accepted = new();
    private readonly long windowTicks = (long)(window.TotalSeconds * Stopwatch.Frequency);
    private readonly Lock gate = new();

    public bool TryAcquire()
    {
        var now = Stopwatch.GetTimestamp();
        lock (gate)
        {
            while (accepted.Count > 0 && now - accepted.Peek() >= windowTicks)
            {
                accepted.Dequeue();
            }

            if (accepted.Count >= limit)
            {
                return false;
            }

            accepted.Enqueue(now);
            return true;
        }
    }
}
