using System.Text.Json;

namespace ComplianceBot.Bot.Channel;

/// <summary>
/// The narrow seam between the Teams protocol (this folder) and the rest of the bot
/// (design.md, decision 1): flows see a <see cref="TurnContext"/> and an
/// <see cref="IConnectorClient"/>, never HTTP, tokens or JSON wire details.
/// </summary>
public interface IActivityHandler
{
    /// <summary>
    /// Handles one authenticated, de-duplicated inbound activity. For an <c>invoke</c> the
    /// returned value is the invoke response body (HTTP 200); for other types return null.
    /// </summary>
    Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>The answer to an invoke activity: HTTP status and body.</summary>
public sealed record InvokeResponse(int Status, object? Body);

/// <summary>Where to reach one conversation: what a proactive message needs.</summary>
public sealed record ConversationAddress(string ServiceUrl, string ConversationId, string? TenantId);

/// <summary>Outbound Bot Connector REST calls (v3 conversations API).</summary>
public interface IConnectorClient
{
    /// <summary>POST /v3/conversations/{id}/activities/{replyToId}; returns the new activity id.</summary>
    Task<string?> ReplyAsync(ConversationAddress address, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary>POST /v3/conversations/{id}/activities; returns the new activity id.</summary>
    Task<string?> SendAsync(ConversationAddress address, Activity activity, CancellationToken cancellationToken);

    /// <summary>PUT /v3/conversations/{id}/activities/{activityId}: a card replaced in place.</summary>
    Task UpdateAsync(ConversationAddress address, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>DELETE /v3/conversations/{id}/activities/{activityId}: one of the bot's own messages removed from the chat.</summary>
    Task DeleteAsync(ConversationAddress address, string activityId, CancellationToken cancellationToken);

    /// <summary>POST /v3/conversations: a 1:1 chat with a user the bot may not have talked to yet.</summary>
    Task<ConversationAddress> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken cancellationToken);
}

/// <summary>One inbound turn: the activity and the way to answer it.</summary>
public sealed class TurnContext(Activity activity, IConnectorClient connector)
{
    public Activity Activity { get; } = activity;

    public IConnectorClient Connector { get; } = connector;

    public ConversationAddress Address => new(
        Activity.ServiceUrl ?? throw new InvalidOperationException("Activity has no serviceUrl."),
        Activity.Conversation?.Id ?? throw new InvalidOperationException("Activity has no conversation."),
        Activity.Conversation?.TenantId);

    /// <summary>The user's chosen inputs and action data (Action.Submit value or Action.Execute data).</summary>
    public JsonElement? Value => Activity.Value;

    /// <summary>Replies in the same conversation, threaded to the inbound activity.</summary>
    public Task<string?> ReplyAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        reply.Type ??= ActivityTypes.Message;
        reply.From ??= Activity.Recipient;
        reply.Recipient ??= Activity.From;
        reply.Conversation ??= Activity.Conversation;
        reply.ReplyToId ??= Activity.Id;
        return Activity.Id is null
            ? Connector.SendAsync(Address, reply, cancellationToken)
            : Connector.ReplyAsync(Address, Activity.Id, reply, cancellationToken);
    }
}
