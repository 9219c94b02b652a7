using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// What the director may see of a report (Reg. 23.3): its <see cref="DirectorReference"/> — never the register number,
/// whose gaps would point at reports withheld under Reg. 29 — category, date, status, outcome.
/// </summary>
public sealed record DirectorReportSummary(string Reference, ReportCategory Category, DateOnly FiledOn, ReportStatus Status, ReportOutcome? Outcome);

/// <summary>
/// The director's list of reports. A report that implicates the director is left out entirely
/// (<see cref="DirectorVisibility"/>, Reg. 29), and nothing that could identify a reporter is selected (Reg. 23.2); an
/// anonymous report whose notices are still held (<see cref="HeldReports"/>, decision 119) is listed from its release
/// moment, not from the filing instant (decision 148).
/// </summary>
public sealed class DirectorReportView(RegistersDbContext db, RegisterClock clock)
{
    public async Task<IReadOnlyList<DirectorReportSummary>> ListAsync(CancellationToken ct = default)
    {
        var held = (await HeldReports.AtAsync(db, clock.Now, ct)).ToList();
        var rows = await DirectorVisibility.Visible(db.ConfidentialReports.AsNoTracking().IgnoreAutoIncludes())
            .Where(r => r.Number != null && !held.Contains(r.Id))
            .Select(r => new { r.Id, r.Number, r.Category, r.FiledOn, r.Status, r.Outcome })
            .ToListAsync(ct);
        return rows
            .OrderBy(r => r.FiledOn).ThenBy(r => DirectorReference.For(r.Id), StringComparer.Ordinal)
            .Select(r => new DirectorReportSummary(DirectorReference.For(r.Id), r.Category, r.FiledOn, r.Status, r.Outcome))
            .ToList();
    }
}
