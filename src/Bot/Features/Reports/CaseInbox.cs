using System.Globalization;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>One line of the inbox: what the officer needs to see the case's deadlines at a glance (Reg. 22.3, 22.4).</summary>
public sealed record CaseRow(
    string Number, ReportCategory Category, DateOnly FiledOn, ReportStatus Status, DateOnly AcknowledgeBy, DateOnly FeedbackBy,
    DateOnly? NextExplanationDue, DateOnly Deadline, string? AssignedOfficer);

/// <summary>A page of the inbox, the counts of every filter, and the key of the next page (null on the last).</summary>
public sealed record CaseInboxView(IReadOnlyList<CaseRow> Rows, IReadOnlyDictionary<CaseFilter, int> Counts, string? Next);

/// <summary>
/// The officer's case inbox (decision 140). A case is listed only when the case card would open it for this officer —
/// the same rule as the officer panel (<see cref="OfficerCaseContext.LoadAsync"/>, then
/// <see cref="OfficerCaseContext.AccessRefusalAsync"/>): their own cases, and cases waiting for a handler that the
/// recusal rules let them take (Reg. 24.1, 24.2, 24.6), never one implicating the director who asks (Reg. 29) or an
/// anonymous report still held (Reg. 23.2). The query first narrows to those two kinds in SQL, then asks the rule
/// for each case that is not the officer's own.
/// </summary>
internal sealed class CaseInbox(RegistersDbContext db, OfficerRoster roster, OfficerCaseContext cases, RegisterClock clock)
{
    public const int PageSize = 25;

    /// <summary>The filter named in the query; Open when none or unknown.</summary>
    public static CaseFilter ParseFilter(string? value) =>
        Enum.TryParse<CaseFilter>(value, ignoreCase: true, out var filter) && Enum.IsDefined(filter) ? filter : CaseFilter.Open;

    public async Task<CaseInboxView> ReadAsync(ActiveOfficer officer, CaseFilter filter, string? after, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var today = clock.Today;
        var me = officer.AadObjectId;
        var active = (await roster.GetActiveAsync(clock.Now, ct)).Select(a => a.OfficerAadObjectId).Distinct().ToList();
        var reports = db.ConfidentialReports.AsNoTracking().IgnoreAutoIncludes().Where(r => r.Number != null);
        var mine = reports.Where(r => r.AssignedOfficerAadObjectId == me);
        var waiting = reports.Where(r => r.AssignedOfficerAadObjectId == null || !active.Contains(r.AssignedOfficerAadObjectId));
        var mayTake = await MayTakeAsync(officer, waiting, ct);

        var counts = new Dictionary<CaseFilter, int>();
        foreach (var each in Enum.GetValues<CaseFilter>())
        {
            counts[each] = await CaseFilters.Apply(mine, db, each, today).CountAsync(ct)
                + await CaseFilters.Apply(waiting, db, each, today).CountAsync(r => mayTake.Contains(r.Id), ct);
        }

        var visible = CaseFilters.Apply(reports, db, filter, today)
            .Where(r => r.AssignedOfficerAadObjectId == me || mayTake.Contains(r.Id));
        if (Cursor.TryParse(after, out var lastDue, out var lastNumber))
        {
#pragma warning disable CA1309 // Translated to SQL's ">" on the column, which SQLite compares byte by byte (ordinal).
            visible = visible.Where(r => (r.Status == ReportStatus.Received ? r.AcknowledgeBy : r.FeedbackBy) > lastDue
                || ((r.Status == ReportStatus.Received ? r.AcknowledgeBy : r.FeedbackBy) == lastDue && string.Compare(r.Number, lastNumber) > 0));
#pragma warning restore CA1309
        }

        var explanations = db.Set<ExplanationRequest>();
        var rows = await visible
            .OrderBy(CaseFilters.Deadline).ThenBy(r => r.Number)
            .Take(PageSize + 1)
            .Select(r => new CaseRow(r.Number!, r.Category, r.FiledOn, r.Status, r.AcknowledgeBy, r.FeedbackBy,
                explanations.Where(e => e.ReportId == r.Id && e.AnsweredAt == null).Min(e => (DateOnly?)e.DueOn),
                r.Status == ReportStatus.Received ? r.AcknowledgeBy : r.FeedbackBy, r.AssignedOfficerAadObjectId))
            .ToListAsync(ct);
        var next = rows.Count > PageSize ? Cursor.Format(rows[PageSize - 1]) : null;

        // Who saw which list of cases, and when (design.md, decision 3), as for the officer panel.
        db.RecordAudit(new PendingAudit(me, AuditedReads.OfficerPanelRead, "WorkspaceCases", me, $"filter {filter}, rows {Math.Min(rows.Count, PageSize)}", clock.Now));
        await db.SaveChangesAsync(ct);
        return new CaseInboxView(rows.Take(PageSize).ToList(), counts, next);
    }

    /// <summary>The cases waiting for a handler that this officer may open: the case card's own rule, case by case.</summary>
    private async Task<HashSet<Guid>> MayTakeAsync(ActiveOfficer officer, IQueryable<ConfidentialReport> waiting, CancellationToken ct)
    {
        var ids = await waiting.Select(r => r.Id).ToListAsync(ct);
        var allowed = new HashSet<Guid>();
        foreach (var id in ids)
        {
            if (await cases.LoadAsync(id, officer, ct) is { } report && await cases.AccessRefusalAsync(report, officer, ct) is null)
            {
                allowed.Add(id);
            }
        }

        db.ChangeTracker.Clear();
        return allowed;
    }

    /// <summary>The keyset of the inbox: the last row's deadline and register number, e.g. <c>2026-03-01~R-2026-0042</c>.</summary>
    internal static class Cursor
    {
        public static string Format(CaseRow row) => row.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "~" + row.Number;

        public static bool TryParse(string? value, out DateOnly due, out string number)
        {
            number = "";
            due = default;
            var parts = value?.Split('~', 2);
            if (parts is not { Length: 2 } || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out due))
            {
                return false;
            }

            number = parts[1];
            return true;
        }
    }
}
