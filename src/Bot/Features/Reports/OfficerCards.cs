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

/// <summary>The officer's cards. None of them ever shows a reporter's identity, except the audited reading (Reg. 23.2).</summary>
public sealed class OfficerCards(IStringLocalizer<ReportStrings> text, SendToAuthorizedBodyCards authorizedBody, ChoiceTexts choices)
{
    /// <summary>Sent through the outbox to every active officer: number, category, date, director involved — nothing else.</summary>
    public AdaptiveCard NewReport(ConfidentialReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Card(
            Heading(text.Require("Officer_NewTitle", report.Number ?? "")),
            Summary(report),
            Buttons(
                Execute(text.Require("Officer_Acknowledge"), ReportVerbs.Acknowledge, ForReport(report.Id), ActionStyle.Positive),
                Execute(text.Require("Officer_Open"), ReportVerbs.View, ForReport(report.Id))));
    }

    /// <summary>A reminder through the outbox (Reg. 22.3 deadlines).</summary>
    public AdaptiveCard Reminder(ReportDeadline deadline, string textKey)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return Card(
            Paragraph(text.Require(textKey, deadline.Number, Date(deadline.DueOn)), color: TextColor.Warning),
            Buttons(Execute(text.Require("Officer_Open"), ReportVerbs.View, ForReport(deadline.ReportId))));
    }

    public AdaptiveCard ReporterReplied(ConfidentialReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Card(
            Paragraph(text.Require("Officer_ReplyNotice", report.Number ?? "")),
            Buttons(Execute(text.Require("Officer_Open"), ReportVerbs.View, ForReport(report.Id))));
    }

    /// <summary>The case for an officer: details, thread, explanations and the actions the status allows.</summary>
    public AdaptiveCard Case(
        ConfidentialReport report, Investigation? investigation, IReadOnlyList<ExplanationRequest> explanations, bool viewerIsAssigned,
        string? notice = null, bool noticeIsError = false, CaseHandover? handover = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(explanations);
        var card = Card(
            Heading(text.Require("Officer_CaseTitle", report.Number ?? "", text.Require($"Status_{report.Status}"))),
            Summary(report),
            Paragraph(text.Require("Officer_Description"), subtle: true),
            Paragraph(report.Description),
            Facts(
                (text.Require("Officer_WhenWhere"), report.WhenAndWhere ?? "—"),
                (text.Require("Officer_Persons"), report.PersonsConcerned.Count == 0 ? "—" : string.Join("; ", report.PersonsConcerned.Select(p => p.Name)))));
        if (notice is not null)
        {
            card.Body.Insert(0, Paragraph(notice, color: noticeIsError ? TextColor.Attention : TextColor.Good));
        }

        card.Body.Add(Paragraph(text.Require("Officer_Thread"), subtle: true));
        card.Body.AddRange(report.Messages.OrderBy(m => m.Sequence).Select(m => Paragraph(
            (m.Author == MessageAuthor.Officer ? "→ " : "← ") + m.Text)));
        if (investigation is not null)
        {
            card.Body.Add(Facts(
                (text.Require("Officer_UnitOrProcess"), investigation.UnitOrProcess),
                (text.Require("Officer_Investigators"), investigation.Assignments.Count == 0 ? "—" : string.Join("; ", investigation.Assignments.Select(a => a.InvestigatorAadObjectId))),
                (text.Require("Officer_Findings"), investigation.Findings ?? "—")));
        }

        card.Body.AddRange(explanations.Select(e => Paragraph(e.IsAnswered
            ? text.Require("Explain_Answered", e.EmployeeName, e.Answer ?? "")
            : text.Require("Explain_Requested", e.EmployeeName, Date(e.DueOn)))));
        card.Actions = [.. Actions(report, investigation, viewerIsAssigned, handover ?? CaseHandover.None)];
        if (viewerIsAssigned && report.Status is not (ReportStatus.Received or ReportStatus.Closed))
        {
            // In the body: Teams shows at most five card-level actions (decision 118).
            card.Body.Add(Buttons(HandOver(report.Id, handover ?? CaseHandover.None)));
        }

        // Reg. 23.4: any case its handler holds, open or closed, until the authorized body has it.
        if (viewerIsAssigned && report.Status != ReportStatus.Received && !report.IsWithAuthorizedBody)
        {
            card.Body.Add(Buttons(authorizedBody.Action(report)));
        }

        return card;
    }

    private IEnumerable<CardAction> Actions(ConfidentialReport report, Investigation? investigation, bool assigned, CaseHandover handover)
    {
        var id = report.Id;
        if (report.Status == ReportStatus.Received)
        {
            yield return Execute(text.Require("Officer_Acknowledge"), ReportVerbs.Acknowledge, ForReport(id), ActionStyle.Positive);
            yield break;
        }

        if (!assigned && handover.CanTakeOver)
        {
            // The handler stood aside or their term ended: a vetted officer takes the case (decision 118).
            yield return Execute(text.Require("Officer_TakeOver"), ReportVerbs.Acknowledge, ForReport(id), ActionStyle.Positive);
            yield break;
        }

        if (!assigned || report.Status == ReportStatus.Closed)
        {
            yield break;
        }

        yield return Show("Officer_MessageAction", ReportVerbs.Message, id,
            Text(ReportInputs.MessageText, text.Require("Officer_MessageText"), ReportMessage.TextMaxLength, multiline: true));
        if (report.SealedIdentity is not null)
        {
            yield return Execute(text.Require("Officer_ShowIdentity"), ReportVerbs.ShowIdentity, ForReport(id));
        }

        if (investigation is null)
        {
            yield return Show("Officer_InvestigateAction", ReportVerbs.Investigate, id,
                Text(ReportInputs.InvestigationUnit, text.Require("Officer_UnitOrProcess"), ProcessKey.MaxLength));
        }
        else if (investigation.ConcludedAt is null)
        {
            yield return Show("Officer_AssignAction", ReportVerbs.Assign, id,
                Text(ReportInputs.Investigator, text.Require("Officer_Investigator"), 300));
            yield return Show("Officer_FindingsAction", ReportVerbs.Findings, id,
                Text(ReportInputs.FindingsText, text.Require("Officer_Findings"), Investigation.FindingsMaxLength, multiline: true));
        }

        yield return Show("Officer_ExplainAction", ReportVerbs.Explain, id,
            Text(ReportInputs.ExplainPerson, text.Require("Officer_ExplainEmployee"), 300),
            Text(ReportInputs.Question, text.Require("Officer_ExplainQuestion"), ExplanationRequest.TextMaxLength, multiline: true),
            new DateInput { Id = ReportInputs.DueOn, Label = text.Require("Officer_ExplainDue") });
        if (!report.DirectorImplicated)
        {
            yield return Show("Officer_ImplicateAction", ReportVerbs.Implicate, id,
                Text(ReportInputs.ImplicateReason, text.Require("Officer_ImplicateReason"), 1000, multiline: true));
        }

        yield return Show("Officer_CloseAction", ReportVerbs.Close, id,
            new ChoiceSetInput
            {
                Id = ReportInputs.Outcome, Label = text.Require("Officer_Outcome"), Style = ChoiceInputStyle.Compact,
                Choices = choices.Choices(ChoiceList.Outcomes),
            },
            Text(ReportInputs.FeedbackText, text.Require("Officer_Feedback"), ReportMessage.TextMaxLength, multiline: true));
    }

    /// <summary>
    /// Reassignment (recusal, absence, a term that ends): the eligible officers only; with none, the form says that
    /// handing over asks the director to appoint one (decision 118).
    /// </summary>
    private ShowCardAction HandOver(Guid id, CaseHandover handover)
    {
        var reason = new ChoiceSetInput
        {
            Id = ReportInputs.HandOverReason, Label = text.Require("Officer_HandOverReason"), Style = ChoiceInputStyle.Compact,
            Value = nameof(ReassignmentReason.Recusal),
            Choices = [.. Enum.GetValues<ReassignmentReason>().Select(r => new Choice(text.Require($"Reassign_{r}"), r.ToString()))],
        };
        return handover.Successors.Count == 0
            ? Show("Officer_HandOverAction", ReportVerbs.Reassign, id, Paragraph(text.Require("Officer_NoSuccessor"), color: TextColor.Warning), reason)
            : Show("Officer_HandOverAction", ReportVerbs.Reassign, id,
                new ChoiceSetInput
                {
                    Id = ReportInputs.Successor, Label = text.Require("Officer_Successor"), Style = ChoiceInputStyle.Compact,
                    Choices = [.. handover.Successors.Select(o => new Choice(o.Name, o.AadObjectId))],
                },
                reason);
    }

    /// <summary>An action that opens its own small form; only its inputs matter to the route.</summary>
    private ShowCardAction Show(string titleKey, string verb, Guid reportId, params CardElement[] inputs)
    {
        var form = Card(inputs);
        form.Schema = null;
        form.Body.Add(Buttons(Execute(text.Require("Officer_Send"), verb, ForReport(reportId))));
        return new ShowCardAction { Title = text.Require(titleKey), Card = form };
    }

    private FactSet Summary(ConfidentialReport report)
    {
        var facts = new List<(string, string)>
        {
            (text.Require("Officer_Category"), choices.Label(report.Category)),
            (text.Require("Officer_Class"), choices.Class(report.Category)),
            (text.Require("Officer_FiledOn"), Date(report.FiledOn)),
            // The name the director's notices use instead of the number (Reg. 29, decision 119).
            (text.Require("Officer_DirectorReference"), DirectorReference.For(report.Id)),
            (text.Require("Officer_Director"), text.Require(report.DirectorImplicated ? "Yes" : "No")),
            (text.Require("Officer_Reporter"), text.Require(report.GiftDeclarationId is not null ? "Officer_GiftReferral" : report.IsAnonymous ? "Officer_Anonymous" : "Officer_Named")),
            (text.Require("Officer_AcknowledgeBy"), Date(report.AcknowledgeBy)),
            (text.Require("Officer_FeedbackBy"), Date(report.FeedbackBy)),
        };
        if (report.IsEscalated)
        {
            facts.Add((text.Require("Officer_Escalated"), text.Require("Yes")));
        }

        if (report.IsSentToAuthorizedBody)
        {
            facts.Add((text.Require("Officer_SentFact"), text.Require("Yes")));
        }

        return Facts([.. facts]);
    }
}

/// <summary>An officer offered as a successor, by Entra object id and display name.</summary>
public sealed record OfficerChoice(string AadObjectId, string Name);

/// <summary>What the case card offers about its handler (decision 118).</summary>
public sealed record CaseHandover(bool CanTakeOver, IReadOnlyList<OfficerChoice> Successors)
{
    public static CaseHandover None { get; } = new(false, []);
}
