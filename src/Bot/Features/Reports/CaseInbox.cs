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
/// The officer's case inbox (decision 140). A case is listed only when the case card would open it for this officer:
/// their own cases, and cases waiting for a handler that the recusal rules let them take (Reg. 24.1, 24.2, 24.6),
/// never one implicating the director who asks (Reg. 29) or an anonymous report still held (Reg. 23.2). That rule is
/// one query (<see cref="OfficerCaseScope"/>, decision 144); the filter, the counts, the order and the keyset are SQL
/// over it.
/// </summary>
internal sealed class CaseInbox(RegistersDbContext db, OfficerCaseContext cases, RegisterClock clock)
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
        var reports = (await cases.ScopeAsync(officer, ct)).Where(r => r.Number != null);
        var counts = await CaseFilters.CountAsync(reports, db, today, ct);

        var visible = CaseFilters.Apply(reports, db, filter, today);
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
