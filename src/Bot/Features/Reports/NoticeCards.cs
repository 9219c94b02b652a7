using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Choices;
using ComplianceBot.Bot.Resources.Reports;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Localization;
using static ComplianceBot.Bot.Features.Reports.CardParts;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>Cards to people other than the officer: the director (Reg. 23.3), a named reporter, an employee asked to explain (Reg. 22.4).</summary>
public sealed class NoticeCards(IStringLocalizer<ReportStrings> text, ChoiceTexts choices)
{
    /// <summary>
    /// Reference, category, date, status: nothing that could identify the reporter (Reg. 23.2, 23.3), and the director's
    /// reference instead of the register number, whose gaps would point at withheld reports (Reg. 29, decision 119).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="type">What happened.</param>
    /// <param name="noticeKey">The notice's key: the card then offers the director "Acknowledge" (issue 18); none on a sample.</param>
    public AdaptiveCard Director(ConfidentialReport report, DirectorNoticeType type, string? noticeKey = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var facts = new List<(string, string)>
        {
            (text.Require("Officer_Category"), choices.Label(report.Category)),
            (text.Require("Officer_FiledOn"), Date(report.FiledOn)),
            (text.Require("Case_Status"), text.Require($"Status_{report.Status}")),
        };

        // Reg. 23.3: the closing notice gives the outcome — never the feedback text or the reporter (invariant 1).
        if (type == DirectorNoticeType.ReportClosed && report.Outcome is { } outcome)
        {
            facts.Add((text.Require("Officer_Outcome"), choices.Label(outcome)));
        }

        var card = Card(
            Heading(text.Require("Director_Title", DirectorReference.For(report.Id))),
            Paragraph(text.Require(type switch
            {
                DirectorNoticeType.ReportFiled => "Director_Filed",
                DirectorNoticeType.CaseNeedsOfficer => "Director_NeedsOfficer",
                DirectorNoticeType.ExplanationOverdue => "Director_ExplanationOverdue",
                _ => "Director_Closed",
            }), color: TextColor.Accent),
            Facts([.. facts]),
            Paragraph(text.Require("Director_Intro"), subtle: true));
        if (noticeKey is not null)
        {
            card.Body.Add(Buttons(CardActions.Execute(text.Require("Director_Acknowledge"), DirectorNotices.DirectorNoticeVerbs.Acknowledge,
                new Dictionary<string, string>(StringComparer.Ordinal) { [DirectorNotices.DirectorNoticeVerbs.NoticeKey] = noticeKey })));
        }

        return card;
    }

    /// <summary>A named reporter learns there is news; the content stays in "Check my report".</summary>
    public AdaptiveCard ReporterNewMessage() => Card(
        Paragraph(text.Require("Reporter_NewMessage")),
        Buttons(CardActions.Navigate(text.Require("Check_Title"), ReportVerbs.Check, Confidential())));

    public AdaptiveCard Explanation(ExplanationRequest request, bool reminder = false, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var card = Card(
            Heading(text.Require("Explain_Title")),
            Paragraph(text.Require(reminder ? "Explain_Reminder" : "Explain_Intro", Date(request.DueOn)), color: reminder ? TextColor.Warning : null),
            Paragraph(request.Question));
        if (notice is not null)
        {
            card.Body.Insert(0, Paragraph(notice, color: TextColor.Attention));
        }

        if (request.IsAnswered)
        {
            card.Body.Add(Paragraph(text.Require("Explain_Thanks"), color: TextColor.Good));
            return card;
        }

        card.Body.Add(Text(ReportInputs.Answer, text.Require("Explain_Answer"), ExplanationRequest.TextMaxLength, true, true, text.Require("Explain_AnswerError")));
        card.Body.Add(Buttons(Execute(text.Require("Explain_Send"), ReportVerbs.AnswerExplanation,
            new Dictionary<string, string>(StringComparer.Ordinal) { [ReportInputs.RequestId] = request.Id.ToString() }, ActionStyle.Positive)));
        return card;
    }
}
