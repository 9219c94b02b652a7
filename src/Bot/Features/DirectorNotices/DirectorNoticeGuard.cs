using ComplianceBot.Bot.Delivery;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;

namespace ComplianceBot.Bot.Features.DirectorNotices;

/// <summary>
/// Re-checks <see cref="DirectorVisibility"/> (Reg. 29) at delivery for the director's mails and Teams cards about a
/// report: one queued before the report was marked as implicating the director is withdrawn, not sent (decision 123).
/// </summary>
internal sealed class DirectorNoticeGuard(IServiceScopeFactory scopes) : IOutboxDeliveryGuard
{
    public async Task<string?> WithdrawalAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (DirectorVisibility.ReportOfNotice(message.IdempotencyKey) is null)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        return await DirectorVisibility.MayDeliverAsync(db, message.IdempotencyKey, cancellationToken) ? null : DirectorVisibility.WithdrawnDetail;
    }
}
