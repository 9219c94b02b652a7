using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Bot.Conversation.Reports;

/// <summary>Opens the case card (any active officer; Reg. 29 exclusion applies).</summary>
internal sealed class ReportViewRoute(OfficerCaseContext context, ILogger<ReportViewRoute> logger) : OfficerCaseRoute(context, logger)
{
    public override string Verb => ReportVerbs.View;

    protected override Task<string?> ActAsync(OfficerAction action, CancellationToken ct) => Task.FromResult<string?>(null);
}

/// <summary>Reg. 22.3: the officer confirms receipt and takes the case, within the 7-day deadline.</summary>
internal sealed class ReportAcknowledgeRoute(OfficerCaseContext context, ILogger<ReportAcknowledgeRoute> logger) : OfficerCaseRoute(context, logger)
{
    public override string Verb => ReportVerbs.Acknowledge;

    protected override async Task<string?> ActAsync(OfficerAction action, CancellationToken ct)
    {
        action.Report.Acknowledge(action.Officer, Context.Clock.Now);
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
        Context.Notices.DirectorImplicatedByOfficer(action.Report, action.Officer, reason);
        await Context.SaveAsync(ct);
        return Context.Text.Require("Officer_Escalated");
    }
}

/// <summary>Closes with an outcome and feedback (Reg. 22.3); the director is told the outcome unless implicated (Reg. 23.3, 29).</summary>
internal sealed class ReportCloseRoute(
    OfficerCaseContext context, ReportFiling filing, ReporterContact contact, NoticeCards notices, RecipientCulture cultures, ILogger<ReportCloseRoute> logger)
    : OfficerCaseRoute(context, logger)
{
    public override string Verb => ReportVerbs.Close;

    protected override async Task<string?> ActAsync(OfficerAction action, CancellationToken ct)
    {
        var outcome = Enum.TryParse<ReportOutcome>(Require(action, ReportInputs.Outcome, "Officer_Outcome"), out var parsed)
            ? parsed
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
