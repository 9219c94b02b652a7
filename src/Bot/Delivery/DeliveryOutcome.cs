
namespace ComplianceBot.Bot.Delivery;

public enum DeliveryStatus
{
    Delivered,
    RetryLater,
    Failed,

    /// <summary>Not sent because a rule no longer allows it (<see cref="IOutboxDeliveryGuard"/>); settled like a failure.</summary>
    Withdrawn,

    /// <summary>A setting the delivery needs is missing: retried without limit until it is configured.</summary>
    AwaitingConfiguration,
}

/// <summary>What a handler did with one outbox message: settled, to be retried, or given up on.</summary>
public readonly record struct DeliveryOutcome(DeliveryStatus Status, string? Detail, TimeSpan? RetryAfter = null)
{
    public static DeliveryOutcome Delivered(string? result = null) => new(DeliveryStatus.Delivered, result);

    /// <summary>A transient failure (outage, throttling): the message stays due and is tried again.</summary>
    public static DeliveryOutcome Retry(string error, TimeSpan? after = null) => new(DeliveryStatus.RetryLater, error, after);

    /// <summary>A permanent failure (blocked, malformed, refused): retrying cannot help.</summary>
    public static DeliveryOutcome Fail(string error) => new(DeliveryStatus.Failed, error);

    /// <summary>
    /// The address is not configured yet (e.g. Organization:AuthorizedBodyEmail): the row stays due, retried at the
    /// capped back-off and never given up, so configuration completed later delivers it.
    /// </summary>
    public static DeliveryOutcome AwaitConfiguration(string missing) => new(DeliveryStatus.AwaitingConfiguration, missing);

    /// <summary>A rule no longer allows the delivery; the row is closed with the reason and never retried.</summary>
    public static DeliveryOutcome Withdraw(string reason) => new(DeliveryStatus.Withdrawn, reason);
}
