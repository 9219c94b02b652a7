namespace ComplianceBot.Bot.Channel;

/// <summary>Channel log messages: ids, types and status codes only — never text, names or tokens.</summary>
internal static partial class ChannelLog
{
    // Debug, and counted instead (decision 112): a refused caller chooses how often it is refused.
    [LoggerMessage(3001, LogLevel.Debug, "Inbound activity rejected: {Reason}")]
    public static partial void ActivityRejected(ILogger logger, string reason);

    [LoggerMessage(3002, LogLevel.Warning, "OpenID metadata from {MetadataUrl} could not be loaded")]
    public static partial void MetadataUnavailable(ILogger logger, string metadataUrl, Exception exception);

    [LoggerMessage(3003, LogLevel.Debug, "Duplicate activity {ActivityId} ignored")]
    public static partial void DuplicateActivity(ILogger logger, string activityId);

    [LoggerMessage(3004, LogLevel.Error, "Handler failed for a {ActivityType} activity")]
    public static partial void HandlerFailed(ILogger logger, string? activityType, Exception exception);

    [LoggerMessage(3005, LogLevel.Warning, "Invoke {InvokeName} not answered within {Timeout}; answered with the fallback and finishing in the background")]
    public static partial void InvokeTimedOut(ILogger logger, string? invokeName, TimeSpan timeout);

    [LoggerMessage(3006, LogLevel.Warning, "No IActivityHandler is registered; {ActivityType} activity acknowledged without handling")]
    public static partial void NoHandler(ILogger logger, string? activityType);

    [LoggerMessage(3007, LogLevel.Warning, "Connector answered {StatusCode}; retry {Attempt} in {Delay}")]
    public static partial void ConnectorRetry(ILogger logger, int statusCode, int attempt, TimeSpan delay);

    [LoggerMessage(3008, LogLevel.Warning, "Connector refused writes to a conversation (the user removed or blocked the bot)")]
    public static partial void ConversationBlocked(ILogger logger);

    [LoggerMessage(3009, LogLevel.Error, "Connector call failed with {StatusCode}")]
    public static partial void ConnectorFailed(ILogger logger, int statusCode);

    [LoggerMessage(3010, LogLevel.Warning, "Refused an outbound call to a serviceUrl never seen in an authenticated activity")]
    public static partial void UntrustedServiceUrl(ILogger logger);

    [LoggerMessage(3011, LogLevel.Warning, "Channel state is kept in memory (no database store registered): not for production or several instances")]
    public static partial void InMemoryStateInUse(ILogger logger);

    [LoggerMessage(3012, LogLevel.Warning, "Teams channel authentication is OFF (Teams:DangerouslyAllowUnauthenticatedRequests): development only")]
    public static partial void AuthenticationOff(ILogger logger);

    [LoggerMessage(3013, LogLevel.Error, "Background invoke work failed")]
    public static partial void BackgroundTurnFailed(ILogger logger, Exception exception);

    [LoggerMessage(3014, LogLevel.Warning, "Too many activities queued on this instance: answered 503, nothing of it was read or stored")]
    public static partial void TurnQueueFull(ILogger logger);

    [LoggerMessage(3015, LogLevel.Warning, "OpenID metadata from {MetadataUrl} names issuer {Issuer}, which it may not vouch for; its keys are ignored")]
    public static partial void MetadataIssuerIgnored(ILogger logger, string metadataUrl, string issuer);

    // Information, not Warning: a malformed activity is the sender's fault, not the bot's; the reason names a field, never its value.
    [LoggerMessage(3020, LogLevel.Information, "Inbound activity refused as malformed (400): {Problem}")]
    public static partial void MalformedActivity(ILogger logger, string problem);
}
