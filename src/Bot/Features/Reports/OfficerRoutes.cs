using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>Opens the case card: its handler, or an officer who may take a case waiting for one (Reg. 24, 29; decision 118).</summary>
internal sealed class ReportViewRoute(OfficerCaseContext context, ILogger<ReportViewRoute> logger) : OfficerCaseRoute(context, logger)
{
    public override string Verb => ReportVerbs.View;

    protected override Task<string?> ActAsync(OfficerAction action, CancellationToken ct) => Task.FromResult<string?>(null);
}

/// <summary>
/// Reg. 22.3: the officer confirms receipt and takes the case, within the 7-day deadline — or takes over a case whose
/// handler stood aside or left. Either way the recusal rules run first (Reg. 24.1, 24.2, 24.6; decision 118).
/// </summary>
internal sealed class ReportAcknowledgeRoute(OfficerCaseContext context, ILogger<ReportAcknowledgeRoute> logger) : OfficerCaseRoute(context, logger)
{
    public override string Verb => ReportVerbs.Acknowledge;

    protected override async Task<string?> ActAsync(OfficerAction action, CancellationToken ct)
    {
        var clearance = await Context.Recusal.ClearHandlerAsync(action.Report, action.Officer, ct);
        if (action.Report.Status == ReportStatus.Received)
        {
            action.Report.Acknowledge(clearance, Context.Clock.Now);
        }
        else
        {
            action.Report.TakeOver(clearance, Context.Clock.Now);
        }

        await Context.SaveAsync(ct);
        return Context.Text.Require("Officer_Done");
    }
}

/// <summary>
/// A message to the reporter (Reg. 22.7: two-way). It appears in "Check my report"; a named reporter also gets a
/// Teams notice that there is news, without the content (Reg. 23.2).
/// </summary>
internal sealed class ReportMessageRoute(
    OfficerCaseContext context, ReporterContact contact, NoticeCards notices, RecipientCulture cultures, ILogger<ReportMessageRoute> logger)
    : OfficerCaseRoute(context, logger)
{
    public override string Verb => ReportVerbs.Message;

    protected override async Task<string?> ActAsync(OfficerAction action, CancellationToken ct)
    {
        var text = Require(action, ReportInputs.MessageText, "Officer_MessageText");
        action.Report.PostOfficerMessage(action.Officer, text, Context.Clock.Now);
        await NotifyReporterAsync(Context, contact, notices, cultures, action, ct);
        await Context.SaveAsync(ct);
        return Context.Text.Require("Officer_Done");
    }

    /// <summary>
    /// The reporter's id is opened here only to choose the notice's language; the outbox row names the report and the
    /// delivery opens the sealed identity again at send time (decision 117). Its key is random.
    /// </summary>
    internal static async Task NotifyReporterAsync(
        OfficerCaseContext context, ReporterContact contact, NoticeCards notices, RecipientCulture cultures, OfficerAction action, CancellationToken ct)
    {
        if (contact.RecipientFor(action.Report, action.Officer) is not { } reporter)
        {
            return;
        }

        using (await cultures.EnterAsync(reporter, ct))
        {
            ReporterNoticeDelivery.Enqueue(context.Db, action.Report.Id, CardAttachment.ToMessage(notices.ReporterNewMessage()), context.Clock.Now);
        }
    }
}

/// <summary>Reg. 23.2: the assigned officer alone reads a named reporter's identity; the reading is audited first.</summary>
internal sealed class ReportShowIdentityRoute(OfficerCaseContext context, ReporterIdentityReader reader, ILogger<ReportShowIdentityRoute> logger)
    : OfficerCaseRoute(context, logger)
{
    public override string Verb => ReportVerbs.ShowIdentity;

    protected override async Task<string?> ActAsync(OfficerAction action, CancellationToken ct)
    {
        var identity = await reader.ReadAsync(action.Report.Id, action.Officer.AadObjectId, ct);
        return Context.Text.Require("Officer_IdentityNote", identity.DisplayName);
    }
}

/// <summary>Reg. 22.7, 29, 23.4: the officer finds the director implicated; the report is escalated and hidden from the director.</summary>
internal sealed class ReportImplicateRoute(OfficerCaseContext context, ILogger<ReportImplicateRoute> logger) : OfficerCaseRoute(context, logger)
{
    public override string Verb => ReportVerbs.Implicate;

    protected override async Task<string?> ActAsync(OfficerAction action, CancellationToken ct)
    {
        var reason = Require(action, ReportInputs.ImplicateReason, "Officer_ImplicateReason");
        await Context.Notices.DirectorImplicatedByOfficerAsync(action.Report, action.Officer, reason, ct);
        await Context.SaveAsync(ct);
        return Context.Text.Require("Officer_Escalated");
    }
}

/// <summary>Closes with an outcome and feedback (Reg. 22.3); the director is told the outcome unless implicated (Reg. 23.3, 29).</summary>
internal sealed class ReportCloseRoute(
    OfficerCaseContext context, ReportFiling filing, ReporterContact contact, NoticeCards notices, RecipientCulture cultures, RegisterChoices choices,
    ILogger<ReportCloseRoute> logger)
    : OfficerCaseRoute(context, logger)
{
    public override string Verb => ReportVerbs.Close;

    protected override async Task<string?> ActAsync(OfficerAction action, CancellationToken ct)
    {
        // Reg. 10: one of the outcomes in force; a stale card's outcome taken off the list is asked for again.
        var outcome = choices.Find(ChoiceList.Outcomes, Require(action, ReportInputs.Outcome, "Officer_Outcome")) is { } chosen
            ? new ReportOutcome(chosen.Key)
            : throw new MissingInputException("Officer_Outcome");
        var feedback = Require(action, ReportInputs.FeedbackText, "Officer_Feedback");
        action.Report.Close(action.Officer, outcome, feedback, Context.Clock.Now);
        Context.Notices.ReportClosed(action.Report);
        await filing.DirectorCardAsync(action.Report, DirectorNoticeType.ReportClosed, ct);
        await ReportMessageRoute.NotifyReporterAsync(Context, contact, notices, cultures, action, ct);
        await Context.SaveAsync(ct);
        return Context.Text.Require("Officer_Done");
    }
}

/// <summary>
/// The handler hands the case to another officer who may handle it (recusal, absence, a term that ends): vetted,
/// recorded as a transition and audited; the successor gets the case card. With nobody eligible the handler steps
/// aside and the director is asked to appoint an officer, without identity (decision 118; never when implicated, Reg. 29).
/// </summary>
internal sealed class ReportReassignRoute(
    OfficerCaseContext context, ReportFiling filing, RecipientCulture cultures, ILogger<ReportReassignRoute> logger) : OfficerCaseRoute(context, logger)
{
    public override string Verb => ReportVerbs.Reassign;

    protected override async Task<string?> ActAsync(OfficerAction action, CancellationToken ct)
    {
        var reason = Enum.TryParse<ReassignmentReason>(Require(action, ReportInputs.HandOverReason, "Officer_HandOverReason"), out var parsed)
            ? parsed
            : throw new MissingInputException("Officer_HandOverReason");
        var report = action.Report;
        if (action.Input(ReportInputs.Successor) is not { } successorId)
        {
            if ((await Context.Recusal.EligibleHandlersAsync(report, ct)).Any(o => o != action.Officer.AadObjectId))
            {
                throw new MissingInputException("Officer_Successor");
            }

            report.StepAside(action.Officer, reason, Context.Clock.Now);
            await filing.FlagNeedsOfficerAsync(report, ct);
            await Context.SaveAsync(ct);
            return Context.Text.Require("Officer_SteppedAside");
        }

        var successor = await Context.Recusal.ClearSuccessorAsync(report, successorId, ct);
        report.Reassign(action.Officer, successor, reason, Context.Clock.Now);
        using (await cultures.EnterAsync(successor.Officer.AadObjectId, ct))
        {
            var card = await Context.RenderAsync(report, successor.Officer, Context.Text.Require("Officer_HandedOverToYou"), false, ct);
            TeamsDelivery.Enqueue(Context.Db, $"report-handover:{report.Id}:{report.Transitions.Count}", TeamsRecipient.ForEntraUser(successor.Officer.AadObjectId),
                CardAttachment.ToMessage(card), Context.Clock.Now);
        }

        await Context.SaveAsync(ct);
        var name = (await Context.FindEmployeeAsync(successor.Officer.AadObjectId, ct))?.DisplayName ?? successor.Officer.AadObjectId;
        return Context.Text.Require("Officer_HandedOver", name);
    }
}
