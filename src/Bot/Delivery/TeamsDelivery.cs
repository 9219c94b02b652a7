using System.Text.Json;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;

namespace ComplianceBot.Bot.Delivery;

/// <summary>
/// Teams messages in the outbox. A flow calls <see cref="Enqueue"/> in the same unit of work as
/// its register change, then commits once; the worker sends afterwards, so an outage of Teams
/// delays the message and never loses it.
/// </summary>
public static class TeamsDelivery
{
    public static OutboxMessage Enqueue(
        RegistersDbContext db, string idempotencyKey, TeamsRecipient recipient, Activity activity, DateTimeOffset now, DateTimeOffset? notBefore = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var payload = JsonSerializer.Serialize(new TeamsSendPayload(recipient, activity), ChannelJson.Options);
        var message = OutboxMessage.Create(OutboxKinds.TeamsSend, recipient.Describe(), payload, idempotencyKey, now, notBefore);
        db.OutboxMessages.Add(message);
        return message;
    }

    /// <summary>Queues a replacement of the message that the outbox row <paramref name="originalKey"/> sent.</summary>
    public static OutboxMessage EnqueueUpdate(RegistersDbContext db, string idempotencyKey, string originalKey, Activity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        var payload = JsonSerializer.Serialize(new TeamsUpdatePayload(originalKey, activity), ChannelJson.Options);
        var message = OutboxMessage.Create(OutboxKinds.TeamsUpdate, originalKey, payload, idempotencyKey, now);
        db.OutboxMessages.Add(message);
        return message;
    }
}

/// <summary>
/// Who gets a proactive message: an Entra object id (preferred; works for someone the bot has
/// not talked to yet) or a channel user id seen in a conversation.
/// </summary>
public sealed record TeamsRecipient(string? AadObjectId, string? UserId = null, string? TenantId = null)
{
    public static TeamsRecipient ForEntraUser(string aadObjectId, string? tenantId = null) => new(aadObjectId, null, tenantId);

    /// <summary>The outbox row's recipient column: an opaque id, never a name.</summary>
    public string Describe() => AadObjectId ?? UserId ?? throw new InvalidOperationException("A Teams recipient needs an id.");
}

public sealed record TeamsSendPayload(TeamsRecipient Recipient, Activity Activity);

public sealed record TeamsUpdatePayload(string OriginalKey, Activity Activity);

/// <summary>Where a delivered Teams message landed: what an update needs later.</summary>
public sealed record SentTeamsMessage(string ServiceUrl, string ConversationId, string ActivityId, string? TenantId);
