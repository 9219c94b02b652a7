using Microsoft.Extensions.Logging;

namespace ComplianceBot.Graph.Remote;

/// <summary>Graph log events (4000–4099). Ids, counts and status codes only: never addresses, names or subjects.</summary>
internal static partial class GraphLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Created training event with {AttendeeCount} attendees (online: {IsOnline})")]
    public static partial void EventCreated(ILogger logger, int attendeeCount, bool isOnline);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Sent mail to {RecipientCount} recipients")]
    public static partial void MailSent(ILogger logger, int recipientCount);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Read responses of {EventCount} events in {BatchCount} batches")]
    public static partial void ResponsesRead(ILogger logger, int eventCount, int batchCount);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "{StepCount} batch steps were throttled or failed transiently; retrying them after {Delay}")]
    public static partial void BatchStepsRetried(ILogger logger, int stepCount, TimeSpan delay);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Directory delta: {ChangedCount} changed, {RemovedCount} removed over {PageCount} pages")]
    public static partial void DeltaRead(ILogger logger, int changedCount, int removedCount, int pageCount);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Graph {Operation} failed: HTTP {StatusCode}, transient {IsTransient}, code {ErrorCode}")]
    public static partial void CallFailed(ILogger logger, string operation, int? statusCode, bool isTransient, string? errorCode);
}
