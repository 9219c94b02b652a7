using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Reports;

/// <summary>A report whose acknowledgement (7 days) or feedback (3 months) deadline is near or past (Reg. 22.3).</summary>
public sealed record ReportDeadline(Guid ReportId, string Number, ReportStatus Status, DateOnly DueOn, string? AssignedOfficer);

/// <summary>The deadlines of the confidential channel, for reminders and the officer's overdue list.</summary>
public sealed class ReportDeadlines(RegistersDbContext db, RegisterClock clock)
{
    /// <summary>Reports still waiting for acknowledgement whose deadline falls within <paramref name="days"/> days (or has passed).</summary>
    public async Task<IReadOnlyList<ReportDeadline>> AcknowledgementsDueAsync(int days, CancellationToken ct = default)
    {
        var horizon = clock.Today.AddDays(days);
        return await db.ConfidentialReports.AsNoTracking().IgnoreAutoIncludes()
            .Where(r => r.Status == ReportStatus.Received && r.AcknowledgeBy <= horizon && r.Number != null)
            .Select(r => new ReportDeadline(r.Id, r.Number!, r.Status, r.AcknowledgeBy, r.AssignedOfficerAadObjectId))
            .ToListAsync(ct);
    }

    /// <summary>Open reports whose feedback deadline falls within <paramref name="days"/> days (or has passed).</summary>
    public async Task<IReadOnlyList<ReportDeadline>> FeedbackDueAsync(int days, CancellationToken ct = default)
    {
        var horizon = clock.Today.AddDays(days);
        return await db.ConfidentialReports.AsNoTracking().IgnoreAutoIncludes()
            .Where(r => r.Status != ReportStatus.Closed && r.FeedbackBy <= horizon && r.Number != null)
            .Select(r => new ReportDeadline(r.Id, r.Number!, r.Status, r.FeedbackBy, r.AssignedOfficerAadObjectId))
            .ToListAsync(ct);
    }

    /// <summary>Unanswered explanation requests due within <paramref name="days"/> days (Reg. 22.4 reminders); a leaver's are not (decision 132).</summary>
    public async Task<IReadOnlyList<ExplanationRequest>> ExplanationsDueAsync(int days, CancellationToken ct = default)
    {
        var horizon = clock.Today.AddDays(days);
        var leavers = db.LeaverIds(clock.Today);
        return await db.Set<ExplanationRequest>().AsNoTracking()
            .Where(e => e.AnsweredAt == null && e.DueOn <= horizon && !leavers.Contains(e.EmployeeAadObjectId))
            .ToListAsync(ct);
    }

    /// <summary>Unanswered explanation requests past their last day, oldest first (the officer's overdue list).</summary>
    public async Task<IReadOnlyList<ExplanationRequest>> OverdueExplanationsAsync(CancellationToken ct = default)
    {
        var today = clock.Today;
        var open = await db.Set<ExplanationRequest>().AsNoTracking().Where(e => e.AnsweredAt == null && e.DueOn < today).ToListAsync(ct);
        return open.OrderBy(e => e.DueOn).ToList();
    }
}
