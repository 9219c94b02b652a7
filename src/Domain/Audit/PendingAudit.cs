namespace ComplianceBot.Domain.Audit;

/// <summary>
/// An audit event raised by a register method, chained into <see cref="AuditEntry"/> on save. Actor is the
/// Entra object id of who acted (null for an anonymous reporter); Details never hold personal data.
/// </summary>
public sealed record PendingAudit(
    string? Actor, string Action, string EntityType, string EntityId, string? Details, DateTimeOffset At);
