namespace ComplianceBot.Domain.Audit;

/// <summary>
/// Base of every register aggregate: its methods queue audit events, and
/// <see cref="Persistence.RegistersDbContext.SaveChangesAsync(bool, CancellationToken)"/> appends them to
/// the hash chain in the same transaction as the change, so a change without its audit entry cannot be saved.
/// </summary>
public abstract class AuditedAggregate : IRegisterRecord
{
    private readonly List<PendingAudit> _pendingAudit = [];

    internal IReadOnlyList<PendingAudit> PendingAudit => _pendingAudit;

    internal void ClearPendingAudit() => _pendingAudit.Clear();

    protected void Audit(string? actor, string action, string entityId, string? details, DateTimeOffset at) =>
        _pendingAudit.Add(new PendingAudit(actor, action, GetType().Name, entityId, details, at));
}
