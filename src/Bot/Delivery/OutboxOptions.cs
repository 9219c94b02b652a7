using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Bot.Delivery;

/// <summary>The delivery worker's settings (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Off only in tests that drive <see cref="OutboxDispatcher.RunOnceAsync"/> themselves.</summary>
    public bool WorkerEnabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Rows claimed at a time. A batch waits for its slowest send, so a small batch idles between batches; 100 is
    /// two seconds of Teams' 50 requests/s (decision 084).
    /// </summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// Sends in flight. To keep Teams' 50 requests/s busy this must exceed the rate times one send's time
    /// (answer plus the row's update): 16 allows up to 320 ms per send; more only adds writers contending for
    /// the database (decision 084).
    /// </summary>
    [Range(1, 64)]
    public int MaxConcurrentDeliveries { get; set; } = 16;

    /// <summary>Longer than any one delivery can take, so a live instance never loses its lease mid-send.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Exponential back-off with full jitter, capped; a Retry-After from the transport wins when longer.</summary>
    public TimeSpan RetryDelay(int attempts, TimeSpan? retryAfter, double jitter)
    {
        var exponent = Math.Min(Math.Max(attempts - 1, 0), 20);
        var ceiling = Math.Min(InitialRetryDelay.TotalMilliseconds * Math.Pow(2, exponent), MaxRetryDelay.TotalMilliseconds);
        var delay = TimeSpan.FromMilliseconds(ceiling / 2 + (ceiling / 2 * jitter));
        return retryAfter is { } after && after > delay ? after : delay;
    }
}
