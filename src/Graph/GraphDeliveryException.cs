namespace ComplianceBot.Graph;

/// <summary>
/// A Graph call failed. The outbox retries when <see cref="IsTransient"/> (throttling, outage, timeout),
/// after at least <see cref="RetryAfter"/> when the server said so; otherwise it marks the item failed.
/// Messages never carry personal data.
/// </summary>
public sealed class GraphDeliveryException : Exception
{
    public GraphDeliveryException()
    {
    }

    public GraphDeliveryException(string message)
        : base(message)
    {
    }

    public GraphDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GraphDeliveryException(string message, bool isTransient, int? statusCode, TimeSpan? retryAfter, string? errorCode, Exception? innerException)
        : base(message, innerException)
    {
        IsTransient = isTransient;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
        ErrorCode = errorCode;
    }

    public bool IsTransient { get; }

    /// <summary>HTTP status of the last response, when there was one.</summary>
    public int? StatusCode { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>Graph's error code (e.g. ErrorItemNotFound), when sent.</summary>
    public string? ErrorCode { get; }
}
