namespace ComplianceBot.Bot.Delivery;

public enum DeliveryStatus
{
    Delivered,
    RetryLater,
    Failed,
}

/// <summary>What a handler did with one outbox message: settled, to be retried, or given up on.</summary>
public readonly record struct DeliveryOutcome(DeliveryStatus Status, string? Detail, TimeSpan? RetryAfter = null)
{
    public static DeliveryOutcome Delivered(string? result = null) => new(DeliveryStatus.Delivered, result);

    /// <summary>A transient failure (outage, throttling): the message stays due and is tried again.</summary>
    public static DeliveryOutcome Retry(string error, TimeSpan? after = null) => new(DeliveryStatus.RetryLater, error, after);

    /// <summary>A permanent failure (blocked, malformed, refused): retrying cannot help.</summary>
    public static DeliveryOutcome Fail(string error) => new(DeliveryStatus.Failed, error);
}
