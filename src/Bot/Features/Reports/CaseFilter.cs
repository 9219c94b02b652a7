using System.Linq.Expressions;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>The workspace inbox's filters (decision 140), in the order the page shows them.</summary>
public enum CaseFilter
{
    /// <summary>Received, not acknowledged, still inside the 7-day window (Reg. 22.3).</summary>
    New,

    /// <summary>Received and not acknowledged, late or not (Reg. 22.3).</summary>
    AwaitingAcknowledgement,

    /// <summary>Open with a deadline past: acknowledgement (7 days), feedback (3 months) or an explanation (Reg. 22.3, 22.4).</summary>
    Overdue,
    Open,
    Closed,
    All,
}

/// <summary>Each filter as a query over the confidential register, on the organisation's today.</summary>
internal static class CaseFilters
{
    public static IQueryable<ConfidentialReport> Apply(IQueryable<ConfidentialReport> reports, RegistersDbContext db, CaseFilter filter, DateOnly today) =>
        reports.Where(Predicate(filter, db, today));

    /// <summary>The filter as a condition on one report.</summary>
    public static Expression<Func<ConfidentialReport, bool>> Predicate(CaseFilter filter, RegistersDbContext db, DateOnly today)
    {
        var explanations = db.Set<ExplanationRequest>();
        return filter switch
        {
            CaseFilter.New => r => r.Status == ReportStatus.Received && r.AcknowledgeBy >= today,
            CaseFilter.AwaitingAcknowledgement => r => r.Status == ReportStatus.Received,
            CaseFilter.Overdue => r => r.Status != ReportStatus.Closed
                && ((r.Status == ReportStatus.Received && r.AcknowledgeBy < today)
                    || r.FeedbackBy < today
                    || explanations.Any(e => e.ReportId == r.Id && e.AnsweredAt == null && e.DueOn < today)),
            CaseFilter.Open => r => r.Status != ReportStatus.Closed,
            CaseFilter.Closed => r => r.Status == ReportStatus.Closed,
            _ => r => true,
        };
    }

    /// <summary>
    /// How many of <paramref name="reports"/> each filter keeps, in one grouped query: <c>COUNT(CASE WHEN … END)</c> per
    /// filter over the same rows.
    /// </summary>
    public static async Task<IReadOnlyDictionary<CaseFilter, int>> CountAsync(
        IQueryable<ConfidentialReport> reports, RegistersDbContext db, DateOnly today, CancellationToken ct)
    {
        var filters = Enum.GetValues<CaseFilter>();
        var group = Expression.Parameter(typeof(IGrouping<int, ConfidentialReport>), "g");
        var perFilter = filters.Select(f => (Expression)Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Count), [typeof(ConfidentialReport)], group, Predicate(f, db, today)));
        var counts = Expression.Lambda<Func<IGrouping<int, ConfidentialReport>, int[]>>(
            Expression.NewArrayInit(typeof(int), perFilter), group);
        var row = await reports.GroupBy(r => 1).Select(counts).SingleOrDefaultAsync(ct);
        return filters.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => row?[x.i] ?? 0);
    }

    /// <summary>
    /// The case's nearest deadline: acknowledgement while received, feedback after (Reg. 22.3). The inbox sorts by it,
    /// then by the register number, and pages on that pair.
    /// </summary>
    public static readonly Expression<Func<ConfidentialReport, DateOnly>> Deadline =
        r => r.Status == ReportStatus.Received ? r.AcknowledgeBy : r.FeedbackBy;
}
