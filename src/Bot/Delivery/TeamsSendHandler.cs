using System.Text.Json;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Domain.Conversations;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Delivery;

/// <summary>
/// Sends a proactive Teams message: to the person's stored 1:1 conversation, or — for someone the
/// bot has not talked to yet — to a new 1:1 conversation created on a serviceUrl already seen
/// from the same tenant.
/// </summary>
internal sealed class TeamsSendHandler(IServiceScopeFactory scopes, IConnectorClient connector, IOptions<TeamsOptions> options) : IOutboxDeliveryHandler
{
    public string Kind => OutboxKinds.TeamsSend;

    public async Task<DeliveryOutcome> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<TeamsSendPayload>(message.Payload, ChannelJson.Options);
        if (payload?.Recipient is null || payload.Activity is null)
        {
            return DeliveryOutcome.Fail("Malformed payload.");
        }

        return await SendAsync(payload.Recipient, payload.Activity, cancellationToken);
    }

    /// <summary>Sends <paramref name="activity"/> to <paramref name="recipient"/>; the result names where it landed.</summary>
    internal async Task<DeliveryOutcome> SendAsync(TeamsRecipient recipient, Activity activity, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var address = await ResolveAsync(db, recipient, options.Value.TenantId, cancellationToken);
        if (address.Outcome is { } unresolved)
        {
            return unresolved;
        }

        return await ConnectorOutcomes.RunAsync(async () =>
        {
            var target = address.Address!;
            if (target.ConversationId.Length == 0)
            {
                target = await connector.CreatePersonalConversationAsync(
                    target.ServiceUrl, target.TenantId ?? "", recipient.AadObjectId!, cancellationToken);
            }

            activity.Type ??= ActivityTypes.Message;
            activity.Conversation = new ConversationAccount { Id = target.ConversationId, TenantId = target.TenantId };
            var id = await connector.SendAsync(target, activity, cancellationToken);
            var sent = new SentTeamsMessage(target.ServiceUrl, target.ConversationId, id ?? "", target.TenantId);
            return JsonSerializer.Serialize(sent, ChannelJson.Options);
        });
    }

    private static async Task<(ConversationAddress? Address, DeliveryOutcome? Outcome)> ResolveAsync(
        RegistersDbContext db, TeamsRecipient recipient, string botTenantId, CancellationToken cancellationToken)
    {
        // A single-tenant bot follows only its own tenant's references, whatever an older version stored (decision 112).
        var references = db.Set<ConversationReference>().AsNoTracking()
            .Where(r => botTenantId.Length == 0 || r.TenantId == botTenantId);
        var known = recipient.AadObjectId is { } aad
            ? await references.Where(r => r.AadObjectId == aad).OrderByDescending(r => r.UpdatedAt).FirstOrDefaultAsync(cancellationToken)
            : await references.FirstOrDefaultAsync(r => r.UserId == recipient.UserId, cancellationToken);
        if (known is not null)
        {
            return known.BlockedAt is null
                ? (new ConversationAddress(known.ServiceUrl, known.ConversationId, known.TenantId), null)
                : (null, DeliveryOutcome.Fail("The recipient has blocked or removed the bot."));
        }

        if (recipient.AadObjectId is null)
        {
            return (null, DeliveryOutcome.Fail("No conversation with the recipient and no Entra id to start one."));
        }

        // Someone the bot has not talked to: start a 1:1 chat where the tenant's users already reach us.
        var sameTenant = references.Where(r => recipient.TenantId == null || r.TenantId == recipient.TenantId);
        var anchor = await sameTenant.OrderByDescending(r => r.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        return anchor is null
            ? (null, DeliveryOutcome.Retry("No serviceUrl known yet for the recipient's tenant."))
            : (new ConversationAddress(anchor.ServiceUrl, "", recipient.TenantId ?? anchor.TenantId), null);
    }
}
