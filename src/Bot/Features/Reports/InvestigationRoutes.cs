using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>Reg. 14.15, 22.3: opens an internal investigation of the unit or process concerned.</summary>
internal sealed class ReportInvestigateRoute(OfficerCaseContext context, ILogger<ReportInvestigateRoute> logger) : OfficerCaseRoute(context, logger)
{
    public override string Verb => ReportVerbs.Investigate;

    protected override async Task<string?> ActAsync(OfficerAction action, CancellationToken ct)
    {
        var unit = Require(action, ReportInputs.InvestigationUnit, "Officer_UnitOrProcess");

        // The handler is vetted again against the process now named (Reg. 24.1, 24.6; decision 118).
        await Context.Recusal.EnsureMayTakePartAsync(action.Report, action.Officer.AadObjectId, CaseRole.HandlingOfficer, ProcessKey.Normalize(unit), ct);
        if (action.Report.Status == ReportStatus.Acknowledged)
        {
            action.Report.StartReview(action.Officer, Context.Clock.Now);
        }

        Context.Db.Investigations.Add(Investigation.Open(action.Report, action.Officer, unit, Context.Clock.Now));
        await Context.SaveAsync(ct);
        return Context.Text.Require("Officer_Done");
    }
}

/// <summary>Assigns an investigator through the recusal rules; a refusal shows its reason (Reg. 24.1, 24.6, 24.2).</summary>
internal sealed class ReportAssignRoute(OfficerCaseContext context, InvestigatorVetting vetting, ILogger<ReportAssignRoute> logger)
    : OfficerCaseRoute(context, logger)
{
    public override string Verb => ReportVerbs.Assign;

    protected override async Task<string?> ActAsync(OfficerAction action, CancellationToken ct)
    {
        var person = Require(action, ReportInputs.Investigator, "Officer_Investigator");
        var employee = await Context.FindEmployeeAsync(person, ct);
        var investigation = await Context.InvestigationAsync(action.Report.Id, ct) ?? throw new MissingInputException("Officer_InvestigateAction");
        await vetting.AssignAsync(investigation, action.Officer, employee?.AadObjectId ?? person, ct);
        await Context.SaveAsync(ct);
        return Context.Text.Require("Officer_Done");
    }
}

/// <summary>Records the investigation's findings (Reg. 22.3).</summary>
internal sealed class ReportFindingsRoute(OfficerCaseContext context, ILogger<ReportFindingsRoute> logger) : OfficerCaseRoute(context, logger)
{
    public override string Verb => ReportVerbs.Findings;

    protected override async Task<string?> ActAsync(OfficerAction action, CancellationToken ct)
    {
        var findings = Require(action, ReportInputs.FindingsText, "Officer_Findings");
        var investigation = await Context.InvestigationAsync(action.Report.Id, ct) ?? throw new MissingInputException("Officer_InvestigateAction");
        investigation.Conclude(action.Report, action.Officer, findings, Context.Clock.Now);
        await Context.SaveAsync(ct);
        return Context.Text.Require("Officer_Done");
    }
}

/// <summary>Reg. 22.4: asks an employee for a written explanation with a deadline; the employee gets a card through the outbox.</summary>
internal sealed class ReportExplainRoute(
    OfficerCaseContext context, NoticeCards notices, RecipientCulture cultures, ILogger<ReportExplainRoute> logger) : OfficerCaseRoute(context, logger)
{
    public override string Verb => ReportVerbs.Explain;

    protected override async Task<string?> ActAsync(OfficerAction action, CancellationToken ct)
    {
        var employee = await Context.FindEmployeeAsync(Require(action, ReportInputs.ExplainPerson, "Officer_ExplainEmployee"), ct)
            ?? throw new MissingInputException("Officer_ExplainEmployee", "Officer_UnknownEmployee");
        var question = Require(action, ReportInputs.Question, "Officer_ExplainQuestion");
        var due = DateOnly.TryParseExact(Require(action, ReportInputs.DueOn, "Officer_ExplainDue"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new MissingInputException("Officer_ExplainDue");
        var request = ExplanationRequest.Request(action.Report, action.Officer, employee, question, due, Context.Clock);
        Context.Db.Add(request);
        using (await cultures.EnterAsync(employee.AadObjectId, ct))
        {
            TeamsDelivery.Enqueue(Context.Db, $"explanation:{request.Id}", TeamsRecipient.ForEntraUser(employee.AadObjectId),
                CardAttachment.ToMessage(notices.Explanation(request)), Context.Clock.Now);
        }

        await Context.SaveAsync(ct);
        return Context.Text.Require("Explain_Requested", employee.DisplayName, CardParts.Date(due));
    }
}
