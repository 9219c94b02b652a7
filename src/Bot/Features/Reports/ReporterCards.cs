using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Choices;
using ComplianceBot.Bot.Resources.Reports;
using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Localization;
using static ComplianceBot.Bot.Features.Reports.CardParts;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>The reporter's cards: the form (Reg. 22.7, 23.2), the one-time receipt, "Check my report" and the case view.</summary>
public sealed class ReporterCards(IStringLocalizer<ReportStrings> text, ChoiceTexts choices)
{
    /// <summary>The report form; the choice anonymous / named says plainly who can see what (Reg. 23.2).</summary>
    public AdaptiveCard Form() => Card(
        Heading(text.Require("Form_Title")),
        Paragraph(text.Require("Form_Intro")),
        new ChoiceSetInput
        {
            Id = ReportInputs.Category, Label = text.Require("Form_Category"), IsRequired = true,
            ErrorMessage = text.Require("Form_CategoryError"), Style = ChoiceInputStyle.Compact,
            Choices = choices.Choices(ChoiceList.Categories),
        },
        Text(ReportInputs.Description, text.Require("Form_Description"), ReportSubmission.DescriptionMaxLength, true, true, text.Require("Form_DescriptionError")),
        Text(ReportInputs.WhenWhere, text.Require("Form_WhenWhere"), ReportSubmission.WhenAndWhereMaxLength),
        Text(ReportInputs.Persons, text.Require("Form_Persons"), 2000, multiline: true),
        Text(ReportInputs.UnitOrProcess, text.Require("Form_UnitOrProcess"), ProcessKey.MaxLength),
        new ToggleInput
        {
            Id = ReportInputs.Director, Title = text.Require("Form_Director"), ValueOn = "true", ValueOff = "false", Value = "false",
        },
        Paragraph(text.Require("Form_DirectorNote"), subtle: true),
        new ChoiceSetInput
        {
            Id = ReportInputs.Mode, Label = text.Require("Form_Mode"), IsRequired = true, ErrorMessage = text.Require("Form_ModeError"),
            Style = ChoiceInputStyle.Expanded,
            Choices = [new(text.Require("Mode_Anonymous"), ReportInputs.Anonymous), new(text.Require("Mode_Named"), ReportInputs.Named)],
        },
        Paragraph(text.Require("Form_AnonymousMeans"), subtle: true),
        Paragraph(text.Require("Form_NamedMeans"), subtle: true),
        new TextInput { Id = ReportInputs.Passphrase, Label = text.Require("Form_Passphrase"), MaxLength = 200, Style = TextInputStyle.Password },
        Buttons(Execute(text.Require("Form_Submit"), ReportVerbs.Submit, Confidential(), ActionStyle.Positive)));

    /// <summary>
    /// Shown once, in place of the form: the case code and passphrase are not stored in the clear, so this card can
    /// never be produced again (decision 091).
    /// </summary>
    public AdaptiveCard Receipt(FiledReport filed)
    {
        ArgumentNullException.ThrowIfNull(filed);
        var report = filed.Report;
        return Card(
            Heading(text.Require("Receipt_Title", report.Number ?? "")),
            // Copied by hand into "Check my report": shown exactly, never with a link breaker in them (decision 121).
            new FactSet
            {
                Facts =
                [
                    new Fact(text.Require("Receipt_CaseCode"), filed.CaseCode) { Verbatim = true },
                    new Fact(text.Require("Receipt_Passphrase"), filed.Passphrase) { Verbatim = true },
                ],
            },
            Paragraph(text.Require("Receipt_Advice"), color: TextColor.Warning),
            Paragraph(text.Require("Receipt_Deadlines", Date(report.AcknowledgeBy), Date(report.FeedbackBy)), subtle: true),
            Paragraph(text.Require("Receipt_SavedNote"), subtle: true),
            Buttons(Execute(text.Require("Receipt_Saved"), ReportVerbs.ReceiptSaved, Confidential(), ActionStyle.Positive)));
    }

    /// <summary>What stays in place of the receipt if the client still shows the message: no code, no passphrase (decision 121).</summary>
    public AdaptiveCard ReceiptDeleted() => Card(Paragraph(text.Require("Receipt_Deleted")));

    /// <param name="failed">Shown after a failed attempt: one message for every cause (unknown code, wrong passphrase, lockout).</param>
    public AdaptiveCard CheckForm(bool failed = false)
    {
        var card = Card(
            Heading(text.Require("Check_Title")),
            Paragraph(text.Require("Check_Intro")),
            Text(ReportInputs.CaseCode, text.Require("Check_CaseCode"), 40, true, error: text.Require("Check_CaseCodeError")),
            new TextInput
            {
                Id = ReportInputs.Passphrase, Label = text.Require("Check_Passphrase"), MaxLength = 200, IsRequired = true,
                ErrorMessage = text.Require("Check_PassphraseError"), Style = TextInputStyle.Password,
            },
            Buttons(Execute(text.Require("Check_Open"), ReportVerbs.Open, Confidential())));
        if (failed)
        {
            card.Body.Insert(0, Paragraph(text.Require("Check_Failed"), color: TextColor.Attention));
        }

        return card;
    }

    /// <summary>Status and the thread, with a reply box that asks for the passphrase again (nothing secret is kept in the card).</summary>
    public AdaptiveCard Case(ConfidentialReport report, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var card = Card(
            Heading(text.Require("Case_Title", report.Number ?? "")),
            Facts([
                (text.Require("Case_Status"), text.Require($"Status_{report.Status}")),
                (text.Require("Case_FiledOn"), Date(report.FiledOn)),
                .. report.Outcome is { } outcome ? [(text.Require("Case_Outcome"), choices.Label(outcome))] : Array.Empty<(string, string)>(),
            ]));
        if (notice is not null)
        {
            card.Body.Insert(0, Paragraph(notice, color: TextColor.Good));
        }

        card.Body.AddRange(Thread(report));
        if (report.Status == ReportStatus.Closed)
        {
            card.Body.Add(Paragraph(text.Require("Case_Closed"), subtle: true));
            return card;
        }

        card.Body.Add(Text(ReportInputs.Reply, text.Require("Case_Reply"), ReportMessage.TextMaxLength, true, true, text.Require("Case_ReplyError")));
        card.Body.Add(new TextInput
        {
            Id = ReportInputs.Passphrase, Label = text.Require("Case_ReplyPassphrase"), MaxLength = 200, IsRequired = true,
            ErrorMessage = text.Require("Check_PassphraseError"), Style = TextInputStyle.Password,
        });
        card.Body.Add(Buttons(Execute(text.Require("Case_Send"), ReportVerbs.Reply, Confidential((ReportInputs.CaseCode, report.CaseCode)))));
        return card;
    }

    private IEnumerable<CardElement> Thread(ConfidentialReport report)
    {
        if (report.Messages.Count == 0)
        {
            yield return Paragraph(text.Require("Case_NoMessages"), subtle: true);
            yield break;
        }

        foreach (var message in report.Messages.OrderBy(m => m.Sequence))
        {
            var date = Date(DateOnly.FromDateTime(message.SentAt.UtcDateTime));
            var who = message.Author == MessageAuthor.Officer ? text.Require("Case_FromOfficer", date) : text.Require("Case_FromReporter", date);
            yield return new Container
            {
                Separator = true,
                Items = [Paragraph(who, subtle: true), Paragraph(message.Text)],
            };
        }
    }
}
