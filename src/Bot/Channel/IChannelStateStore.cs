namespace ComplianceBot.Bot.Channel;

/// <summary>
/// What the channel needs persisted (design.md, decision 8: in the database, shared by every
/// instance). May be registered scoped: the channel resolves it from a scope per use.
/// </summary>
public interface IChannelStateStore
{
    /// <summary>Records the activity as processed; false when it already was (a redelivery).</summary>
    Task<bool> TryMarkProcessedAsync(string channelId, string activityId, CancellationToken cancellationToken);

    /// <summary>Undoes <see cref="TryMarkProcessedAsync"/> when the handler failed, so the Connector's redelivery is acted on.</summary>
    Task ReleaseProcessedAsync(string channelId, string activityId, CancellationToken cancellationToken);

    /// <summary>Inserts or updates the reference for (conversation id, user id); clears a block, since the user is back.</summary>
    Task SaveConversationReferenceAsync(ConversationReferenceData reference, CancellationToken cancellationToken);

    /// <summary>Whether a normalized serviceUrl came in an authenticated activity (see <see cref="ServiceUrls.Normalize"/>).</summary>
    Task<bool> IsKnownServiceUrlAsync(string serviceUrl, CancellationToken cancellationToken);

    /// <summary>The user removed or blocked the bot (403 MessageWritesBlocked): stop writing to this conversation.</summary>
    Task MarkBlockedAsync(string conversationId, CancellationToken cancellationToken);
}

/// <summary>
/// Where and to whom the bot talks, from one authenticated inbound activity. ServiceUrl is
/// normalized (no trailing slash); UserId is the sender's channel id (<c>29:…</c> in Teams, any
/// string in the Playground: never parse ids).
/// </summary>
public sealed record ConversationReferenceData(
    string ChannelId,
    string ServiceUrl,
    string ConversationId,
    string? ConversationType,
    string? TenantId,
    string? UserId,
    string? AadObjectId,
    string? BotId,
    string? Locale)
{
    /// <summary>The reference an activity carries, or null when it has no conversation or serviceUrl.</summary>
    public static ConversationReferenceData? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!ServiceUrls.IsHttpUrl(activity.ServiceUrl) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return null;
        }

        return new ConversationReferenceData(
            activity.ChannelId ?? "",
            ServiceUrls.Normalize(activity.ServiceUrl!),
            activity.Conversation.Id,
            activity.Conversation.ConversationType,
            activity.Conversation.TenantId ?? TenantFromChannelData(activity),
            activity.From?.Id,
            activity.From?.AadObjectId,
            activity.Recipient?.Id,
            activity.Locale);
    }

    private static string? TenantFromChannelData(Activity activity) =>
        activity.ChannelData is { ValueKind: System.Text.Json.JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant)
        && tenant.ValueKind == System.Text.Json.JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id)
        && id.ValueKind == System.Text.Json.JsonValueKind.String
            ? id.GetString()
            : null;
}
