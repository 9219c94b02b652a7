using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Resources.Reports;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Localization;
using static ComplianceBot.Bot.Features.Reports.CardParts;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>
/// The officer's panel: open reports, overdue explanations (Reg. 22.4), the participation register entry (Reg. 24.1),
/// and the officer's training entries (Reg. 14.7, 21).
/// </summary>
public sealed class PanelCards(IStringLocalizer<ReportStrings> text)
{
    public AdaptiveCard Panel(IReadOnlyList<ReportDeadline> open, IReadOnlyList<ExplanationRequest> overdue, string? notice = null, bool noticeIsError = false)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(overdue);
        var card = Card(Heading(text.Require("Panel_Title")));
        if (notice is not null)
        {
            card.Body.Add(Paragraph(notice, color: noticeIsError ? TextColor.Attention : TextColor.Good));
        }

        card.Body.Add(Paragraph(text.Require("Panel_Open"), subtle: true));
        card.Body.Add(open.Count == 0
            ? Paragraph(text.Require("Panel_None"))
            : Buttons([.. open.Take(5).Select(r => (CardAction)Execute($"{r.Number} · {text.Require($"Status_{r.Status}")}", ReportVerbs.View, ForReport(r.ReportId)))]));
        card.Body.Add(Paragraph(text.Require("Panel_Overdue"), subtle: true));
        card.Body.AddRange(overdue.Count == 0
            ? [Paragraph(text.Require("Panel_NoOverdue"))]
            : overdue.Select(e => (CardElement)Paragraph(text.Require("Panel_OverdueLine", e.EmployeeName, Shorten(e.Question), Date(e.DueOn)), color: TextColor.Attention)));
        card.Body.Add(Heading(text.Require("Panel_Participation")));
        card.Body.Add(Paragraph(text.Require("Panel_ParticipationIntro"), subtle: true));
        card.Body.Add(Text(ReportInputs.Person, text.Require("Panel_Person"), 300));
        card.Body.Add(Text(ReportInputs.UnitOrProcess, text.Require("Officer_UnitOrProcess"), ProcessKey.MaxLength));
        card.Body.Add(new DateInput { Id = ReportInputs.From, Label = text.Require("Panel_From") });
        card.Body.Add(new DateInput { Id = ReportInputs.To, Label = text.Require("Panel_To") });
        card.Body.Add(Buttons(Execute(text.Require("Panel_Record"), ReportVerbs.RecordParticipation)));
        card.Body.Add(Heading(text.Require("Panel_Trainings")));
        card.Body.Add(Buttons(
            CardActions.Navigate(text.Require("Panel_ScheduleTraining"), TrainingVerbs.Start),
            CardActions.Navigate(text.Require("Panel_OutsideTraining"), TrainingVerbs.OutsideStart)));
        return card;
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
