using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Bot.Features.Workspace.Cases;

/// <summary>The actions the case page offers: the case card's conditions (OfficerCards.Actions and Case), verb by verb (decision 140).</summary>
internal static class CaseOffers
{
    public static IReadOnlySet<string> Of(CaseView? view) => view is null ? new HashSet<string>() : [.. Verbs(view)];

    private static IEnumerable<string> Verbs(CaseView view)
    {
        var report = view.Report;
        var handler = view.ViewerIsHandler;
        var open = report.Status != ReportStatus.Closed;
        if (report.Status == ReportStatus.Received || (!handler && view.Handover.CanTakeOver))
        {
            yield return ReportVerbs.Acknowledge;
            yield break;
        }

        if (!handler)
        {
            yield break;
        }

        if (open)
        {
            yield return ReportVerbs.Message;
            yield return ReportVerbs.Explain;
            if (view.Investigation is null)
            {
                yield return ReportVerbs.Investigate;
            }
            else if (view.Investigation.ConcludedAt is null)
            {
                yield return ReportVerbs.Assign;
                yield return ReportVerbs.Findings;
            }

            yield return ReportVerbs.Reassign;
            if (!report.DirectorImplicated)
            {
                yield return ReportVerbs.Implicate;
            }
        }

        // Reg. 23.4: any case its handler holds, open or closed, until the authorized body has it.
        if (!report.IsWithAuthorizedBody)
        {
            yield return ReportVerbs.SendToAuthorizedBody;
        }

        if (open)
        {
            yield return ReportVerbs.Close;
        }
    }
}
