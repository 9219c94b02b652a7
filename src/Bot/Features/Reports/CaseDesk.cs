using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>What the case page shows (decision 140); never the reporter's identity (Reg. 23.2).</summary>
public sealed record CaseView(
    ConfidentialReport Report, Investigation? Investigation, IReadOnlyList<ExplanationRequest> Explanations, bool ViewerIsHandler,
    CaseHandover Handover, IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, string?> Vetting);

/// <summary>
/// The outcome of an action posted from the case page: the confirmation, or the refusal with the case as saved;
/// <paramref name="StillVisible"/> is false when the action took the case out of the officer's hands (a hand-over).
/// </summary>
internal sealed record CaseActionResult(bool Done, string Text, bool StillVisible = true);

/// <summary>
/// The case page's access and actions (decision 140), through the case card's own code: the same officer check
/// (Reg. 6–7), the same visibility (Reg. 29, 23.2) and the same access rule (<see cref="OfficerCaseContext.AccessRefusalAsync"/>:
/// the handler, or an officer the recusal rules let take a case waiting for one, Reg. 24.1, 24.2, 24.6), then the card
/// route of the verb (<see cref="OfficerCaseRoute.ActOnAsync"/>), so a page action changes the registers exactly as the
/// card does. A refusal is the card's text (the one refusal translator, <c>DomainErrorText</c>).
/// </summary>
internal sealed class CaseDesk(OfficerCaseContext cases, OfficerRoster roster, IEnumerable<ICardActionRoute> routes)
{
    /// <summary>The verbs the page posts: the officer card's.</summary>
    public static readonly IReadOnlySet<string> Verbs = new HashSet<string>(StringComparer.Ordinal)
    {
        ReportVerbs.Acknowledge, ReportVerbs.Message, ReportVerbs.Explain, ReportVerbs.Investigate, ReportVerbs.Assign,
        ReportVerbs.Findings, ReportVerbs.Reassign, ReportVerbs.Implicate, ReportVerbs.SendToAuthorizedBody, ReportVerbs.Close,
    };

    /// <summary>The case for this officer, audited as a read; null when it does not exist or the card would not open it.</summary>
    public async Task<CaseView?> OpenAsync(string officerAadObjectId, string number, CancellationToken ct)
    {
        if (await AccessibleAsync(officerAadObjectId, number, ct) is not { } access)
        {
            return null;
        }

        var (officer, report) = access;

        var investigation = await cases.InvestigationAsync(report.Id, ct);
        var explanations = await cases.Db.Set<ExplanationRequest>().AsNoTracking().Where(e => e.ReportId == report.Id)
            .OrderBy(e => e.RequestedAt).ToListAsync(ct);
        await cases.AuditReadAsync(report, officer, explanations, ct);
        var handler = report.AssignedOfficerAadObjectId == officer.AadObjectId;
        var people = report.Transitions.Select(t => t.Actor).Append(report.AssignedOfficerAadObjectId)
            .Concat(investigation?.Assignments.Select(a => a.InvestigatorAadObjectId) ?? []).OfType<string>().Distinct().ToList();
        var names = await cases.Db.Employees.AsNoTracking().Where(e => people.Contains(e.AadObjectId))
            .ToDictionaryAsync(e => e.AadObjectId, e => e.DisplayName, ct);
        return new CaseView(report, investigation, explanations, handler, await cases.HandoverAsync(report, handler, ct), names,
            await VettingAsync(report, investigation, ct));
    }

    /// <summary>Runs the card's action of <paramref name="verb"/>; null when the case is not this officer's to see.</summary>
    public async Task<CaseActionResult?> ActAsync(
        string officerAadObjectId, string number, string verb, IReadOnlyDictionary<string, string?> inputs, CancellationToken ct)
    {
        var route = Verbs.Contains(verb) ? routes.OfType<OfficerCaseRoute>().Single(r => r.Verb == verb) : null;
        if (route is null || await AccessibleAsync(officerAadObjectId, number, ct) is not { } access)
        {
            return null;
        }

        var (officer, report) = access;

        try
        {
            var notice = await route.ActOnAsync(new OfficerAction(inputs, officer, report), ct);
            var stillVisible = await AccessibleAsync(officerAadObjectId, number, ct) is not null;
            return new CaseActionResult(true, notice ?? cases.Text.Require("Officer_Done"), stillVisible);
        }
        catch (MissingInputException missing)
        {
            cases.Db.ChangeTracker.Clear();
            return new CaseActionResult(false, cases.Text.Require(missing.MessageKey, cases.Text.Require(missing.LabelKey)));
        }
        catch (DomainRuleException refusal)
        {
            // Nothing of the refused change is kept: the page reads the case again as saved.
            cases.Db.ChangeTracker.Clear();
            return new CaseActionResult(false, cases.Text.Require("Officer_Refused", cases.Errors.For(refusal)));
        }
    }

    /// <summary>
    /// Each investigator vetted again now (Reg. 24.1, 24.2, 24.6; <see cref="CaseRecusal"/>): null when no rule keeps
    /// them out, else the rule's text — a conflict declared after the assignment shows here.
    /// </summary>
    private async Task<Dictionary<string, string?>> VettingAsync(ConfidentialReport report, Investigation? investigation, CancellationToken ct)
    {
        var vetting = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var investigator in investigation?.Assignments.Select(a => a.InvestigatorAadObjectId).Distinct() ?? [])
        {
            var rule = await cases.Recusal.FindAsync(report, investigator, CaseRole.Investigator, investigation!.ProcessKey, ct);
            vetting[investigator] = rule is null ? null : cases.Errors.For(rule);
        }

        return vetting;
    }

    private async Task<(ActiveOfficer Officer, ConfidentialReport Report)?> AccessibleAsync(string aad, string number, CancellationToken ct)
    {
        ActiveOfficer officer;
        try
        {
            officer = await roster.RequireActiveAsync(aad, ct);
        }
        catch (DomainRuleException)
        {
            return null;
        }

        var id = await cases.Db.ConfidentialReports.AsNoTracking().IgnoreAutoIncludes().Where(r => r.Number == number).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(ct);
        var report = id is { } found ? await cases.LoadAsync(found, officer, ct) : null;
        return report is null || await cases.AccessRefusalAsync(report, officer, ct) is not null ? null : (officer, report);
    }
}
