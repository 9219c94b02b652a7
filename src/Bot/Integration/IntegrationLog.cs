namespace ComplianceBot.Bot.Integration;

internal static partial class IntegrationLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Could not read the outbox statistics")]
    public static partial void OutboxStatsFailed(ILogger logger, Exception exception);
}
