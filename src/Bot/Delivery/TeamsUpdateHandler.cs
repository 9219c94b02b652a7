using System.Text.Json;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Delivery;

/// <summary>Replaces a card sent earlier through the outbox, e.g. on every officer's chat once one has decided.</summary>
internal sealed class TeamsUpdateHandler(IServiceScopeFactory scopes, IConnectorClient connector) : IOutboxDeliveryHandler
{
    public string Kind => OutboxKinds.TeamsUpdate;

    public async Task<DeliveryOutcome> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<TeamsUpdatePayload>(message.Payload, ChannelJson.Options);
        if (payload?.Activity is null)
        {
            return DeliveryOutcome.Fail("Malformed payload.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var original = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.IdempotencyKey == payload.OriginalKey)
            .Select(m => new { m.DeliveredAt, m.FailedAt, m.Result })
            .FirstOrDefaultAsync(cancellationToken);
        if (original is null || original.FailedAt is not null)
        {
            return DeliveryOutcome.Fail("The message to update was never sent.");
        }

        if (original.DeliveredAt is null || original.Result is null)
        {
            // Updates wait for the original card: order is kept without a global queue.
            return DeliveryOutcome.Retry("The message to update is not delivered yet.");
        }

        var sent = JsonSerializer.Deserialize<SentTeamsMessage>(original.Result, ChannelJson.Options)!;
        return await ConnectorOutcomes.RunAsync(async () =>
        {
            var address = new ConversationAddress(sent.ServiceUrl, sent.ConversationId, sent.TenantId);
            payload.Activity.Type ??= ActivityTypes.Message;
            payload.Activity.Conversation = new ConversationAccount { Id = sent.ConversationId, TenantId = sent.TenantId };
            await connector.UpdateAsync(address, sent.ActivityId, payload.Activity, cancellationToken);
            return original.Result;
        });
    }
}
