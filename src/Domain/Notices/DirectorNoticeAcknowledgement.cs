namespace ComplianceBot.Domain.Notices;

/// <summary>
/// The director acknowledged one of their notices (issue 18): which notice — its key, the same for the mail and the
/// Teams card beside it (<see cref="DirectorNoticeAcknowledgements.NoticeKeyOf"/>) — who and when. Append-only and in
/// the audit chain like every register row; one row per notice (unique key), however often the button is pressed.
/// </summary>
public sealed class DirectorNoticeAcknowledgement : IRegisterRecord
{
    public const int NoticeKeyMaxLength = 200;
    public const int DirectorMaxLength = 100;

    private DirectorNoticeAcknowledgement()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        NoticeKey = AcknowledgedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The director mail's idempotency key (the notice's key; the card's key maps to it).</summary>
    public string NoticeKey { get; private set; }

    /// <summary>The report the notice is about, for the officer's case page; null for a digest, a periodic report, ….</summary>
    public Guid? ReportId { get; private set; }

    public string AcknowledgedBy { get; private set; }
    public DateTimeOffset AcknowledgedAt { get; private set; }

    internal static DirectorNoticeAcknowledgement Record(string noticeKey, string director, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        NoticeKey = Guard.Text(noticeKey, NoticeKeyMaxLength, nameof(NoticeKey)),
        ReportId = ReportOf(noticeKey),
        AcknowledgedBy = Guard.Text(director, DirectorMaxLength, nameof(AcknowledgedBy)),
        AcknowledgedAt = at.ToUniversalTime(),
    };

    // Only a report notice names a report (an actual conflict's key names a declaration in the same place).
    private static Guid? ReportOf(string noticeKey) =>
        Enum.GetNames<Reports.DirectorNoticeType>().Any(t => noticeKey.StartsWith($"{Reports.ReportNotices.DirectorMailKeyPrefix}{t}:", StringComparison.Ordinal))
            ? DirectorVisibility.ReportOfNotice(noticeKey)
            : null;
}
