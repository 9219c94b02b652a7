using ComplianceBot.Domain.Outbox;

namespace ComplianceBot.Bot.Delivery;

/// <summary>
/// Delivers the outbox messages of one <see cref="Kind"/>. Handlers translate their transport's
/// errors into a <see cref="DeliveryOutcome"/>; an unexpected exception counts as transient.
/// </summary>
public interface IOutboxDeliveryHandler
{
    string Kind { get; }

    Task<DeliveryOutcome> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken);
}
