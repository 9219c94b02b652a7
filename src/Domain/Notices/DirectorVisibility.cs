using System.Linq.Expressions;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Notices;

/// <summary>
/// Reg. 29: a report that implicates the director is never routed to, or visible to, the director — it goes to the
/// authorized body instead (Reg. 23.4). The one home of that rule: every director-facing read and notice (the
/// director's mails and cards, the daily digest, the periodic report, the director's own view of a case) asks here,
/// and the outbox asks again at delivery (<see cref="MayDeliverAsync"/>), so a notice queued before the report was
/// marked is withdrawn rather than sent (decision 123).
/// </summary>
public static class DirectorVisibility
{
    public const string Name = "ReportImplicatingTheDirectorNeverReachesTheDirector";
    public const string Clause = "29";

    /// <summary>What the outbox records on a director notice it did not send because of this rule.</summary>
    public const string WithdrawnDetail = "withdrawn (Reg. 29): the report now implicates the director";

    /// <summary>The idempotency keys of the director's mails and Teams cards about one report (decision 119).</summary>
    public static readonly IReadOnlyList<string> ReportNoticeKeyPrefixes = [ReportNotices.DirectorMailKeyPrefix, ReportNotices.DirectorCardKeyPrefix];

    /// <summary>The rule as a query filter, for reads of the register on the director's behalf.</summary>
    public static readonly Expression<Func<ConfidentialReport, bool>> MayReachDirector = r => !r.DirectorImplicated;

    private static readonly Func<ConfidentialReport, bool> MayReachDirectorCompiled = MayReachDirector.Compile();

    // An escalation (Reg. 23.4) always follows the mark, so the mark alone decides; one predicate for memory and queries.
    /// <summary>Whether the director may be told about, or see, <paramref name="report"/>.</summary>
    public static bool MayKnow(ConfidentialReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return MayReachDirectorCompiled(report);
    }

    /// <summary>The reports the director may see, for any director-facing read.</summary>
    public static IQueryable<ConfidentialReport> Visible(IQueryable<ConfidentialReport> reports) => reports.Where(MayReachDirector);

    /// <summary>The director is <paramref name="viewer"/> (the configured id, trimmed, case-insensitive).</summary>
    public static bool IsDirector(string? viewer, string? directorAadObjectId) =>
        !string.IsNullOrWhiteSpace(viewer) && !string.IsNullOrWhiteSpace(directorAadObjectId)
        && string.Equals(viewer.Trim(), directorAadObjectId.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The same rule for a possible violation found in a declaration (an actual conflict of interest, Reg. 14.12): the
    /// director's own declaration implicates the director, so the director is not the one told — the authorized body is.
    /// </summary>
    public static bool MayKnowOfDeclarant(string? declarantAadObjectId, string? directorAadObjectId) =>
        !IsDirector(declarantAadObjectId, directorAadObjectId);

    /// <summary>Whether <paramref name="report"/> is hidden from <paramref name="viewer"/>: it implicates them as director.</summary>
    public static bool HidesFrom(ConfidentialReport report, string? viewer, string? directorAadObjectId) =>
        !MayKnow(report) && IsDirector(viewer, directorAadObjectId);

    /// <summary>The report a director notice is about, read from its idempotency key; null for any other row.</summary>
    public static Guid? ReportOfNotice(string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        var prefix = ReportNoticeKeyPrefixes.FirstOrDefault(p => idempotencyKey.StartsWith(p, StringComparison.Ordinal));
        if (prefix is null)
        {
            return null;
        }

        // {prefix}{noticeType}:{reportId}[:{suffix}]
        var parts = idempotencyKey[prefix.Length..].Split(':');
        return parts.Length >= 2 && Guid.TryParse(parts[1], out var id) ? id : null;
    }

    /// <summary>
    /// Checked at delivery: false when the row is a director notice about a report that has since been marked as
    /// implicating the director (while the mail or card was held or retrying). Any other row may go.
    /// </summary>
    public static async Task<bool> MayDeliverAsync(RegistersDbContext db, string idempotencyKey, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (ReportOfNotice(idempotencyKey) is not { } reportId)
        {
            return true;
        }

        return await db.ConfidentialReports.AsNoTracking().Where(r => r.Id == reportId).AllAsync(MayReachDirector, ct);
    }
}
