namespace ComplianceBot.Domain.Notices;

/// <summary>
/// A non-urgent notice to the director held for the next daily digest (Reg. 23.3 allows "timely", not "at once",
/// for these). Carries what a notice carries — number, category, date, status — never an identity or free text
/// (Reg. 23.2). Delivery bookkeeping like <see cref="NoticeDelivery"/>: it is settled once, either into a digest
/// or withheld because the director may no longer know of it (Reg. 29).
/// </summary>
public sealed class DirectorDigestItem
{
    public const int KeyMaxLength = 200;
    public const int NoticeTypeMaxLength = 60;
    public const int NumberMaxLength = 60;
    public const int CategoryMaxLength = 100;
    public const int StatusMaxLength = 60;

    private DirectorDigestItem()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        Key = NoticeType = Number = Category = Status = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Unique: the same event is held once however often it is queued.</summary>
    public string Key { get; private set; }
    public string NoticeType { get; private set; }
    public string Number { get; private set; }
    public string Category { get; private set; }
    public DateOnly Date { get; private set; }
    public string Status { get; private set; }
    public DateTimeOffset EventAt { get; private set; }

    /// <summary>The confidential report the item is about, checked again when the digest is built (Reg. 29).</summary>
    public Guid? ReportId { get; private set; }

    /// <summary>The digest mail's outbox key once the item went into a digest.</summary>
    public string? DigestKey { get; private set; }
    public DateTimeOffset? DigestedAt { get; private set; }

    /// <summary>Set when the item was left out because the report now implicates the director (Reg. 29).</summary>
    public DateTimeOffset? WithheldAt { get; private set; }

    public bool IsPending => DigestKey is null && WithheldAt is null;

    public static DirectorDigestItem Hold(
        string key, string noticeType, string number, string category, DateOnly date, string status, DateTimeOffset eventAt, Guid? reportId = null) => new()
    {
        Id = Guid.NewGuid(),
        Key = Guard.Text(key, KeyMaxLength, nameof(Key)),
        NoticeType = Guard.Text(noticeType, NoticeTypeMaxLength, nameof(NoticeType)),
        Number = Guard.Text(number, NumberMaxLength, nameof(Number)),
        Category = Guard.Text(category, CategoryMaxLength, nameof(Category)),
        Date = date,
        Status = Guard.Text(status, StatusMaxLength, nameof(Status)),
        EventAt = eventAt.ToUniversalTime(),
        ReportId = reportId,
    };

    /// <summary>The item went into the digest <paramref name="digestKey"/>; an item is digested or withheld once.</summary>
    public void IncludedIn(string digestKey, DateTimeOffset now)
    {
        EnsurePending();
        DigestKey = Guard.Text(digestKey, KeyMaxLength, nameof(DigestKey));
        DigestedAt = now.ToUniversalTime();
    }

    public void Withhold(DateTimeOffset now)
    {
        EnsurePending();
        WithheldAt = now.ToUniversalTime();
    }

    private void EnsurePending()
    {
        if (!IsPending)
        {
            throw new InvalidOperationException($"Digest item {Key} was already settled.");
        }
    }
}
