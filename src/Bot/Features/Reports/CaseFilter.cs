using System.Linq.Expressions;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;

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
    public static IQueryable<ConfidentialReport> Apply(IQueryable<ConfidentialReport> reports, RegistersDbContext db, CaseFilter filter, DateOnly today)
    {
        var explanations = db.Set<ExplanationRequest>();
        return filter switch
        {
            CaseFilter.New => reports.Where(r => r.Status == ReportStatus.Received && r.AcknowledgeBy >= today),
            CaseFilter.AwaitingAcknowledgement => reports.Where(r => r.Status == ReportStatus.Received),
            CaseFilter.Overdue => reports.Where(r => r.Status != ReportStatus.Closed
                && ((r.Status == ReportStatus.Received && r.AcknowledgeBy < today)
                    || r.FeedbackBy < today
                    || explanations.Any(e => e.ReportId == r.Id && e.AnsweredAt == null && e.DueOn < today))),
            CaseFilter.Open => reports.Where(r => r.Status != ReportStatus.Closed),
            CaseFilter.Closed => reports.Where(r => r.Status == ReportStatus.Closed),
            _ => reports,
        };
    }

    /// <summary>
    /// The case's nearest deadline: acknowledgement while received, feedback after (Reg. 22.3). The inbox sorts by it,
    /// then by the register number, and pages on that pair.
    /// </summary>
    public static readonly Expression<Func<ConfidentialReport, DateOnly>> Deadline =
        r => r.Status == ReportStatus.Received ? r.AcknowledgeBy : r.FeedbackBy;
}
