namespace ComplianceBot.Domain.Conversations;

/// <summary>
/// An inbound activity already handled. Teams retries deliveries; inserting this row first
/// (its key is unique) lets exactly one instance handle each activity.
/// </summary>
public sealed class ProcessedActivity
{
    public const int IdMaxLength = 200;

    private ProcessedActivity()
    {
        ChannelId = ActivityId = string.Empty;
    }

    public string ChannelId { get; private set; }
    public string ActivityId { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }

    public static ProcessedActivity Create(string channelId, string activityId, DateTimeOffset receivedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        return new ProcessedActivity { ChannelId = channelId, ActivityId = activityId, ReceivedAt = receivedAt.ToUniversalTime() };
    }
}
