namespace ComplianceBot.Domain.Outbox;

/// <summary>
/// A delivery to someone else (officer card, director mail, invitation), saved in the same
/// SaveChanges as the register change that causes it and delivered later by a worker that leases
/// it (design.md, decision 5). Delivery bookkeeping, not a register: its status columns change.
/// </summary>
public sealed class OutboxMessage
{
    public const int KindMaxLength = 100;
    public const int RecipientMaxLength = 200;
    public const int IdempotencyKeyMaxLength = 200;
    public const int LeaseOwnerMaxLength = 200;
    public const int ErrorMaxLength = 2000;

    private OutboxMessage()
    {
        Kind = Recipient = Payload = IdempotencyKey = string.Empty;
    }

    public Guid Id { get; private set; }
    public string Kind { get; private set; }
    public string Recipient { get; private set; }
    public string Payload { get; private set; }
    public string IdempotencyKey { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LeaseOwner { get; private set; }
    public DateTimeOffset? LeaseExpiresAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? FailedAt { get; private set; }
    public string? LastError { get; private set; }
    public string? Result { get; private set; }

    /// <summary>
    /// A new delivery. The payload is JSON for the deliverer and never carries a reporter's identity (Reg. 23.2);
    /// notBefore delays it (a reminder). The idempotency key is unique: the same delivery cannot be queued twice.
    /// </summary>
    public static OutboxMessage Create(
        string kind, string recipient, string payload, string idempotencyKey, DateTimeOffset now, DateTimeOffset? notBefore = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(payload);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        return new OutboxMessage
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            Recipient = recipient,
            Payload = payload,
            IdempotencyKey = idempotencyKey,
            CreatedAt = now.ToUniversalTime(),
            NextAttemptAt = (notBefore ?? now).ToUniversalTime(),
        };
    }

    public bool IsPending => DeliveredAt is null && FailedAt is null;
}
