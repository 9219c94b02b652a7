
namespace ComplianceBot.Bot.Operations.Telemetry;

internal static partial class IntegrationLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Could not read the outbox statistics")]
    public static partial void OutboxStatsFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Could not purge old inbound activity ids")]
    public static partial void PurgeFailed(ILogger logger, Exception exception);
}
