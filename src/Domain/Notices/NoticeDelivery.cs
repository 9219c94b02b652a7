namespace ComplianceBot.Domain.Notices;

/// <summary>
/// How long one notice to the director (Reg. 23.3) or the authorized body (Reg. 29) took, from the event that
/// caused it to its delivery, against the target. Delivery bookkeeping: written by the mail handler, and
/// marked once the officers were told it was late or failed.
/// </summary>
public sealed class NoticeDelivery
{
    public const int KeyMaxLength = 200;
    public const int KindMaxLength = 100;
    public const int NumberMaxLength = 60;
    public const int CategoryMaxLength = 100;

    private NoticeDelivery()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        IdempotencyKey = Kind = Number = Category = string.Empty;
    }

    public Guid Id { get; private set; }
    public string IdempotencyKey { get; private set; }
    public string Kind { get; private set; }
    public string Number { get; private set; }
    public string Category { get; private set; }
    public DateTimeOffset EventAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? FailedAt { get; private set; }
    public long? DelayMilliseconds { get; private set; }
    public bool Late { get; private set; }
    public DateTimeOffset? OfficersAlertedAt { get; private set; }

    public static NoticeDelivery Start(string idempotencyKey, string kind, string number, string category, DateTimeOffset eventAt) => new()
    {
        Id = Guid.NewGuid(),
        IdempotencyKey = Guard.Text(idempotencyKey, KeyMaxLength, nameof(IdempotencyKey)),
        Kind = Guard.Text(kind, KindMaxLength, nameof(Kind)),
        Number = Guard.Text(number, NumberMaxLength, nameof(Number)),
        Category = Guard.Text(category, CategoryMaxLength, nameof(Category)),
        EventAt = eventAt.ToUniversalTime(),
    };

    /// <summary>Records the delivery; late when it took longer than <paramref name="target"/> (Reg. 23.3: in time).</summary>
    public void Delivered(DateTimeOffset now, TimeSpan target)
    {
        DeliveredAt ??= now.ToUniversalTime();
        var delay = DeliveredAt.Value - EventAt;
        DelayMilliseconds = (long)Math.Max(0, delay.TotalMilliseconds);
        Late = delay > target;
    }

    public void Failed(DateTimeOffset now) => FailedAt ??= now.ToUniversalTime();

    /// <summary>True while still undelivered after the target, or failed, or delivered late — and nobody told yet.</summary>
    public bool NeedsAlert(DateTimeOffset now, TimeSpan target) =>
        OfficersAlertedAt is null && (Late || FailedAt is not null || (DeliveredAt is null && now - EventAt > target));

    public void OfficersAlerted(DateTimeOffset now) => OfficersAlertedAt ??= now.ToUniversalTime();
}
