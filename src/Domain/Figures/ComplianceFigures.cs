using ComplianceBot.Domain.Attestation;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Figures;

/// <summary>
/// The figures drawn from the registers for the officer and the director (Reg. 14.2, decision 142). Every figure is an
/// aggregate computed in the database by a grouped query over indexed columns: no register row is loaded. The
/// director's figures read the reports through <see cref="DirectorVisibility"/> (Reg. 29), so a case that implicates
/// the director is in no count they see.
/// </summary>
public sealed class ComplianceFigures(RegistersDbContext db, RegisterClock clock, AttestationRegister attestation)
{
    /// <summary>How far back reports by month, and the deadlines met, are counted.</summary>
    public const int Months = 12;

    public async Task<DashboardFigures> ForAsync(FiguresAudience audience, CancellationToken ct = default)
    {
        var today = clock.Today;
        var since = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Months);
        var held = await HeldReports.AtAsync(db, clock.Now, ct);
        var reports = Reports(audience, held);
        var recent = reports.Where(r => r.FiledOn >= since);
        return new DashboardFigures(
            since,
            await ByMonthAsync(recent, ct),
            await AcknowledgementAsync(recent, ct),
            await ClosingAsync(recent, ct),
            await OpenCasesAsync(reports, today, ct),
            await DeclarationsAsync(ct),
            await AttestationAsync(ct),
            await TrainingCoverageAsync(today, ct));
    }

    /// <summary>The reports <paramref name="audience"/> may count: the director's through the one rule of Reg. 29; none still held.</summary>
    private IQueryable<ConfidentialReport> Reports(FiguresAudience audience, IReadOnlySet<Guid> held)
    {
        var all = db.ConfidentialReports.AsNoTracking().IgnoreAutoIncludes();
        if (held.Count > 0)
        {
            var ids = held.ToList();
            all = all.Where(r => !ids.Contains(r.Id));
        }

        return audience == FiguresAudience.Director ? DirectorVisibility.Visible(all) : all;
    }

    private static async Task<IReadOnlyList<MonthCategoryCount>> ByMonthAsync(IQueryable<ConfidentialReport> reports, CancellationToken ct)
    {
        var rows = await reports
            .GroupBy(r => new { r.FiledOn.Year, r.FiledOn.Month, r.Category })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Category, Count = g.Count() })
            .ToListAsync(ct);
        return [.. rows.Select(r => new MonthCategoryCount(r.Year, r.Month, r.Category.Key, r.Count))
            .OrderBy(r => r.Year).ThenBy(r => r.Month).ThenBy(r => r.Category, StringComparer.Ordinal)];
    }

    // Reg. 22.3: acknowledged before the end of the 7th day is in time.
    private async Task<DeadlineFigures> AcknowledgementAsync(IQueryable<ConfidentialReport> reports, CancellationToken ct)
    {
        var now = clock.Now;
        return await reports.GroupBy(r => 1).Select(g => new DeadlineFigures(
                g.Count(r => r.AcknowledgedAt != null && r.AcknowledgedAt < r.AcknowledgeDeadline),
                g.Count(r => r.AcknowledgedAt != null && r.AcknowledgedAt >= r.AcknowledgeDeadline),
                g.Count(r => r.AcknowledgedAt == null && r.AcknowledgeDeadline > now),
                g.Count(r => r.AcknowledgedAt == null && r.AcknowledgeDeadline <= now)))
            .SingleOrDefaultAsync(ct) ?? DeadlineFigures.None;
    }

    // Reg. 22.3: closed, with feedback to the reporter, before the end of the 3rd month is in time.
    private async Task<DeadlineFigures> ClosingAsync(IQueryable<ConfidentialReport> reports, CancellationToken ct)
    {
        var now = clock.Now;
        return await reports.GroupBy(r => 1).Select(g => new DeadlineFigures(
                g.Count(r => r.ClosedAt != null && r.ClosedAt < r.FeedbackDeadline),
                g.Count(r => r.ClosedAt != null && r.ClosedAt >= r.FeedbackDeadline),
                g.Count(r => r.ClosedAt == null && r.FeedbackDeadline > now),
                g.Count(r => r.ClosedAt == null && r.FeedbackDeadline <= now)))
            .SingleOrDefaultAsync(ct) ?? DeadlineFigures.None;
    }

    private static async Task<AgeBuckets> OpenCasesAsync(IQueryable<ConfidentialReport> reports, DateOnly today, CancellationToken ct)
    {
        var week = today.AddDays(-7);
        var month = today.AddDays(-30);
        var quarter = today.AddDays(-90);
        return await reports.Where(r => r.Status != ReportStatus.Closed).GroupBy(r => 1).Select(g => new AgeBuckets(
                g.Count(r => r.FiledOn >= week),
                g.Count(r => r.FiledOn < week && r.FiledOn >= month),
                g.Count(r => r.FiledOn < month && r.FiledOn >= quarter),
                g.Count(r => r.FiledOn < quarter)))
            .SingleOrDefaultAsync(ct) ?? AgeBuckets.None;
    }

    private async Task<IReadOnlyList<StatusCount>> DeclarationsAsync(CancellationToken ct)
    {
        var gifts = await db.GiftDeclarations.AsNoTracking().GroupBy(d => d.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var conflicts = await db.ConflictDeclarations.AsNoTracking().GroupBy(d => d.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return [
            .. gifts.OrderBy(g => g.Key).Select(g => new StatusCount("gifts", g.Key.ToString(), g.Count)),
            .. conflicts.OrderBy(g => g.Key).Select(g => new StatusCount("conflicts", g.Key.ToString(), g.Count)),
        ];
    }

    /// <summary>The latest campaign's progress by department (Reg. 14.12), from the attestation register's own query.</summary>
    private async Task<AttestationProgress?> AttestationAsync(CancellationToken ct)
    {
        var latest = await db.AttestationCampaigns.AsNoTracking().OrderByDescending(c => c.Year).ThenByDescending(c => c.StartedAt)
            .FirstOrDefaultAsync(ct);
        return latest is null ? null : await attestation.ProgressAsync(latest, ct);
    }

    /// <summary>Active employees by department, and those with a training completed in the last year (Reg. 14.7).</summary>
    private async Task<IReadOnlyList<DepartmentCoverage>> TrainingCoverageAsync(DateOnly today, CancellationToken ct)
    {
        var since = today.AddYears(-1);
        var history = db.TrainingHistory.AsNoTracking();
        var rows = await db.Employees.AsNoTracking().ActiveOn(today)
            .GroupBy(e => e.Department)
            .Select(g => new
            {
                g.Key,
                Employees = g.Count(),
                Trained = g.Count(e => history.Any(h => h.EmployeeAadObjectId == e.AadObjectId && h.CompletedOn >= since)),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new DepartmentCoverage(r.Key, r.Employees, r.Trained)).OrderBy(r => r.Department, StringComparer.Ordinal)];
    }
}
