using ComplianceBot.Domain.Outbox;

namespace ComplianceBot.Bot.Delivery;

/// <summary>
/// Asked by the dispatcher just before a row is handed to its handler: a rule that held when the row was queued may
/// no longer hold (Reg. 29: the report was marked as implicating the director while the notice was retrying).
/// </summary>
public interface IOutboxDeliveryGuard
{
    /// <summary>Null when the row may go; otherwise why it is withdrawn (recorded on the row, never sent).</summary>
    Task<string?> WithdrawalAsync(OutboxMessage message, CancellationToken cancellationToken);
}
