
namespace ComplianceBot.Bot.Delivery;

/// <summary>Delivery log lines: kinds, ids and counts only — never a payload or a recipient (Reg. 23.2).</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Outbox batch failed; rows stay due")]
    public static partial void BatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Delivered {Kind} {MessageId} after {LatencyMs} ms")]
    public static partial void Delivered(ILogger logger, string kind, Guid messageId, double latencyMs);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Retrying {Kind} {MessageId} (attempt {Attempts}) in {DelaySeconds} s: {Error}")]
    public static partial void Retrying(ILogger logger, string kind, Guid messageId, int attempts, double delaySeconds, string? error);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Gave up on {Kind} {MessageId} after {Attempts} attempts: {Error}")]
    public static partial void Failed(ILogger logger, string kind, Guid messageId, int attempts, string? error);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Delivery handler for {Kind} threw on {MessageId}")]
    public static partial void HandlerThrew(ILogger logger, string kind, Guid messageId, Exception exception);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Recording the outcome of {Kind} {MessageId} failed (attempt {Attempt}); trying again")]
    public static partial void SettleRetrying(ILogger logger, string kind, Guid messageId, int attempt, Exception exception);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Error, Message = "Could not record the outcome of {Kind} {MessageId}; it is sent again when its lease expires")]
    public static partial void SettleFailed(ILogger logger, string kind, Guid messageId, Exception exception);
}
