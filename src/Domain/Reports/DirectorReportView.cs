using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// What the director may see of a report (Reg. 23.3): its <see cref="DirectorReference"/> — never the register number,
/// whose gaps would point at reports withheld under Reg. 29 — category, date, status, outcome.
/// </summary>
public sealed record DirectorReportSummary(string Reference, ReportCategory Category, DateOnly FiledOn, ReportStatus Status, ReportOutcome? Outcome);

/// <summary>
/// Every director-scoped read goes through here. A report that implicates the director is left out entirely
/// (Reg. 29), and nothing that could identify a reporter is selected (Reg. 23.2).
/// </summary>
public sealed class DirectorReportView(RegistersDbContext db)
{
    public async Task<IReadOnlyList<DirectorReportSummary>> ListAsync(CancellationToken ct = default)
    {
        var rows = await db.ConfidentialReports.AsNoTracking()
            .IgnoreAutoIncludes()
            .Where(r => !r.DirectorImplicated && r.Number != null)
            .Select(r => new { r.Id, r.Number, r.Category, r.FiledOn, r.Status, r.Outcome })
            .ToListAsync(ct);
        var escalated = await db.Set<ReportTransition>().AsNoTracking()
            .Where(t => t.Event == ReportEvent.EscalatedToAuthorizedBody)
            .Select(t => t.ReportId)
            .ToListAsync(ct);
        return rows.Where(r => !escalated.Contains(r.Id))
            .OrderBy(r => r.FiledOn).ThenBy(r => DirectorReference.For(r.Id), StringComparer.Ordinal)
            .Select(r => new DirectorReportSummary(DirectorReference.For(r.Id), r.Category, r.FiledOn, r.Status, r.Outcome))
            .ToList();
    }
}
