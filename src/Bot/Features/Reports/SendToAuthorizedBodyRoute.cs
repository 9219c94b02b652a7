using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Choices;
using ComplianceBot.Bot.Resources.Reports;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Localization;
using static ComplianceBot.Bot.Features.Reports.CardParts;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>
/// Reg. 23.4: an officer sends any case, with a summary they write, to the authorized body. Two steps: the summary
/// from the case card first shows what will be sent (the confirmation card); only "Confirm and send" records the
/// transition, the audit entry and the authorized-body mail (ReportNotices.SendToAuthorizedBody, the escalation's path).
/// Refused for a case the authorized body already has.
/// </summary>
internal sealed class SendToAuthorizedBodyRoute(OfficerCaseContext context, SendToAuthorizedBodyCards cards, ILogger<SendToAuthorizedBodyRoute> logger)
    : OfficerCaseRoute(context, logger)
{
    public override string Verb => ReportVerbs.SendToAuthorizedBody;

    protected override Task<AdaptiveCard?> ConfirmationAsync(OfficerAction action, CancellationToken ct)
    {
        var summary = Require(action, ReportInputs.CaseSummary, "Officer_SendSummary");
        return Task.FromResult(action.Input(ReportInputs.Confirmed) == ReportInputs.Yes ? null : cards.Confirm(action.Report, summary));
    }

    protected override async Task<string?> ActAsync(OfficerAction action, CancellationToken ct)
    {
        var summary = Require(action, ReportInputs.CaseSummary, "Officer_SendSummary");
        Context.Notices.SendToAuthorizedBody(action.Report, action.Officer, summary);
        await Context.SaveAsync(ct);
        return Context.Text.Require("Officer_SentToAuthorizedBody");
    }
}

/// <summary>The case card's "send to the authorized body" form and its confirmation step (Reg. 23.4).</summary>
public sealed class SendToAuthorizedBodyCards(IStringLocalizer<ReportStrings> text, ChoiceTexts choices)
{
    /// <summary>On the handler's case card while the authorized body does not have the case yet.</summary>
    public ShowCardAction Action(ConfidentialReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var form = Card(
            SummaryInput(null),
            Buttons(Execute(text.Require("Officer_SendReview"), ReportVerbs.SendToAuthorizedBody, ForReport(report.Id))));
        form.Schema = null;
        return new ShowCardAction { Title = text.Require("Officer_SendAction"), Card = form };
    }

    /// <summary>What the authorized body will get — never the reporter's identity — with the summary still editable.</summary>
    public AdaptiveCard Confirm(ConfidentialReport report, string summary)
    {
        ArgumentNullException.ThrowIfNull(report);
        var facts = new List<(string, string)>
        {
            (text.Require("Officer_Category"), choices.Label(report.Category)),
            (text.Require("Officer_FiledOn"), Date(report.FiledOn)),
            (text.Require("Case_Status"), text.Require($"Status_{report.Status}")),
        };
        if (report.Outcome is { } outcome)
        {
            facts.Add((text.Require("Officer_Outcome"), choices.Label(outcome)));
        }

        var confirm = ForReport(report.Id);
        confirm[ReportInputs.Confirmed] = ReportInputs.Yes;
        return Card(
            Heading(text.Require("Officer_SendConfirmTitle", report.Number ?? "")),
            Paragraph(text.Require("Officer_SendConfirmIntro"), color: TextColor.Warning),
            Facts([.. facts]),
            SummaryInput(summary),
            Buttons(
                Execute(text.Require("Officer_SendConfirm"), ReportVerbs.SendToAuthorizedBody, confirm, ActionStyle.Destructive),
                Execute(text.Require("Officer_SendCancel"), ReportVerbs.View, ForReport(report.Id))));
    }

    private TextInput SummaryInput(string? value)
    {
        var label = text.Require("Officer_SendSummary");
        var input = Text(ReportInputs.CaseSummary, label, ReportNotices.CaseSummaryMaxLength, required: true, multiline: true, text.Require("Officer_Required", label));
        input.Value = value;
        return input;
    }
}
