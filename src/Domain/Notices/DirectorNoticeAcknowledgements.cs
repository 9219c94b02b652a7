using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Notices;

/// <summary>A director notice about a case as the officer sees it: when it was sent and whether the director acknowledged it.</summary>
public sealed record DirectorNoticeReceipt(string NoticeKey, string NoticeType, DateTimeOffset SentAt, DateTimeOffset? AcknowledgedAt);

/// <summary>
/// The director acknowledges a notice they received (issue 18; Reg. 23.3 says the director is informed, the
/// acknowledgement shows the officer that they were). One use case for the workspace's button and the card's action:
/// only the configured director, only a notice the director may see (Reg. 29: a notice withdrawn because its report
/// implicates the director is no notice of theirs), and twice is once.
/// </summary>
public sealed class DirectorNoticeAcknowledgements(RegistersDbContext db, RegisterClock clock, IOptions<OrganizationOptions> organization)
{
    public static readonly DomainRule OnlyTheDirectorAcknowledges =
        new("OnlyTheDirectorAcknowledgesTheirNotices", "23.3", DomainMessageKeys.DirectorNoticeNotTheDirector);

    /// <summary>Reg. 29: a notice about a report that implicates the director — and any key that names no notice — is refused alike.</summary>
    public static readonly DomainRule OnlyANoticeTheDirectorMaySee =
        new("OnlyANoticeTheDirectorMaySeeIsAcknowledged", DirectorVisibility.Clause, DomainMessageKeys.DirectorNoticeNotFound);

    private const string CardPrefix = ReportNotices.DirectorCardKeyPrefix;
    private const string MailPrefix = ReportNotices.DirectorMailKeyPrefix;

    /// <summary>
    /// The notice's key from the key of its mail or of the Teams card beside it: the mail's idempotency key (every notice
    /// has a mail; the card is only where the director has the app). Report and actual-conflict cards swap the prefix,
    /// the digest and the periodic report drop "-card", an officer's term swaps its suffix.
    /// </summary>
    public static string NoticeKeyOf(string outboxKey)
    {
        ArgumentNullException.ThrowIfNull(outboxKey);
        if (outboxKey.StartsWith(CardPrefix, StringComparison.Ordinal))
        {
            return MailPrefix + outboxKey[CardPrefix.Length..];
        }

        foreach (var kind in (string[])["director-digest", "director-report"])
        {
            if (outboxKey.StartsWith(kind + "-card:", StringComparison.Ordinal))
            {
                return kind + outboxKey[(kind.Length + "-card".Length)..];
            }
        }

        return outboxKey.StartsWith(OfficerTerms.KeyPrefix, StringComparison.Ordinal) && outboxKey.EndsWith(":director-card", StringComparison.Ordinal)
            ? outboxKey[..^"card".Length] + "mail"
            : outboxKey;
    }

    /// <summary>Records that <paramref name="director"/> acknowledged the notice <paramref name="noticeKey"/> (mail or card key) and saves.</summary>
    /// <returns>The acknowledgement: the one just written, or the earlier one when the notice was already acknowledged.</returns>
    public async Task<DirectorNoticeAcknowledgement> AcknowledgeAsync(string noticeKey, string director, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(noticeKey);
        if (!DirectorVisibility.IsDirector(director, organization.Value.DirectorAadObjectId))
        {
            throw OnlyTheDirectorAcknowledges.Refusal("not the configured director");
        }

        var key = NoticeKeyOf(noticeKey);
        var sent = await db.OutboxMessages.AsNoTracking()
            .AnyAsync(m => m.IdempotencyKey == key && m.Kind == OutboxKinds.DirectorMail && m.LastError != DirectorVisibility.WithdrawnDetail, ct);
        if (!sent || !await DirectorVisibility.MayDeliverAsync(db, key, ct))
        {
            throw OnlyANoticeTheDirectorMaySee.Refusal("no director notice the director may see has this key");
        }

        if (await FindAsync(key, ct) is { } earlier)
        {
            return earlier;
        }

        var acknowledgement = DirectorNoticeAcknowledgement.Record(key, director.Trim(), clock.Now);
        db.Add(acknowledgement);
        try
        {
            await db.SaveChangesAsync(ct);
            return acknowledgement;
        }
        catch (DbUpdateException)
        {
            // Pressed twice at once (the card and the page): the unique key kept one row; that one is the answer.
            db.ChangeTracker.Clear();
            return await FindAsync(key, ct) ?? throw new InvalidOperationException($"Acknowledgement of {key} was neither saved nor found.");
        }
    }

    /// <summary>When each of <paramref name="noticeKeys"/> was acknowledged, for the director's page.</summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> AcknowledgedAsync(IReadOnlyCollection<string> noticeKeys, CancellationToken ct = default)
    {
        var rows = await db.Set<DirectorNoticeAcknowledgement>().AsNoTracking()
            .Where(a => noticeKeys.Contains(a.NoticeKey)).Select(a => new { a.NoticeKey, a.AcknowledgedAt }).ToListAsync(ct);
        return rows.ToDictionary(r => r.NoticeKey, r => r.AcknowledgedAt, StringComparer.Ordinal);
    }

    /// <summary>
    /// The director's notices about one case and whether each was acknowledged, for the officer's case page, oldest
    /// first. Withdrawn notices (Reg. 29) never reached the director and are left out. Each notice type is a key range
    /// (<c>director-mail:{type}:{id}</c>, then an optional <c>:suffix</c>), so the unique key index answers it.
    /// </summary>
    public async Task<IReadOnlyList<DirectorNoticeReceipt>> AboutReportAsync(Guid reportId, CancellationToken ct = default)
    {
        var found = new List<DirectorNoticeReceipt>();
        foreach (var type in Enum.GetNames<DirectorNoticeType>())
        {
            var from = $"{MailPrefix}{type}:{reportId}";
            var to = from + ";"; // ';' follows ':' — the range holds the key alone and the key with a suffix
            var mails = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.IdempotencyKey.CompareTo(from) >= 0 && m.IdempotencyKey.CompareTo(to) < 0
                    && m.Kind == OutboxKinds.DirectorMail && m.LastError != DirectorVisibility.WithdrawnDetail)
                .Select(m => new { m.IdempotencyKey, m.CreatedAt }).ToListAsync(ct);
            found.AddRange(mails.Select(m => new DirectorNoticeReceipt(m.IdempotencyKey, type, m.CreatedAt, null)));
        }

        var acknowledged = await db.Set<DirectorNoticeAcknowledgement>().AsNoTracking().Where(a => a.ReportId == reportId)
            .Select(a => new { a.NoticeKey, a.AcknowledgedAt }).ToListAsync(ct);
        return [.. found.Select(n => n with { AcknowledgedAt = acknowledged.FirstOrDefault(a => a.NoticeKey == n.NoticeKey)?.AcknowledgedAt })
            .OrderBy(n => n.SentAt).ThenBy(n => n.NoticeKey, StringComparer.Ordinal)];
    }

    private Task<DirectorNoticeAcknowledgement?> FindAsync(string key, CancellationToken ct) =>
        db.Set<DirectorNoticeAcknowledgement>().AsNoTracking().SingleOrDefaultAsync(a => a.NoticeKey == key, ct);
}
