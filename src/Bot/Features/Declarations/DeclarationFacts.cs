using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Choices;
using ComplianceBot.Bot.Resources.Declarations;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Domain.Gifts;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using static ComplianceBot.Bot.Features.Declarations.CardParts;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>The facts of a declaration and of its decision, as every card about it shows them.</summary>
public sealed class DeclarationFacts(
    IStringLocalizer<DeclarationStrings> text, DeclarationCalendar calendar, IOptions<DeclarationOptions> options, DomainErrorText rules,
    ChoiceTexts choices)
{
    public FactSet Gift(GiftView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var d = view.Details;
        return Facts(
            (text.Require("Fact_Number"), view.Number),
            (text.Require("Fact_Declarant"), view.DeclarantName),
            (text.Require("Fact_Filed"), DateTime(calendar.Local(view.FiledAt))),
            (text.Require("Fact_Version"), view.Version.ToString(System.Globalization.CultureInfo.CurrentCulture)),
            (text.Require("Gift_Direction"), text.Require($"GiftDirection_{d.Direction}")),
            (text.Require("Gift_Date"), Date(d.GiftDate)),
            (text.Require("Gift_Person"), d.OtherPartyPerson),
            (text.Require("Gift_Organisation"), d.OtherPartyOrganisation),
            (text.Require("Gift_Counterparty"), d.OtherPartyIsCounterparty ? text.Require("Yes") : text.Require("No")),
            (text.Require("Gift_Occasion"), d.Occasion),
            (text.Require("Gift_Description"), d.Description),
            (text.Require("Gift_Value"), Money(d.EstimatedValueKzt)),
            (text.Require("Gift_Whereabouts"), text.Require($"GiftWhereabouts_{d.Whereabouts}")));
    }

    public FactSet Conflict(ConflictView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var d = view.Details;
        return Facts(
            (text.Require("Fact_Number"), view.Number),
            (text.Require("Fact_Declarant"), view.DeclarantName),
            (text.Require("Fact_Filed"), DateTime(calendar.Local(view.FiledAt))),
            (text.Require("Fact_Version"), view.Version.ToString(System.Globalization.CultureInfo.CurrentCulture)),
            (text.Require("Conflict_Area"), choices.Label(d.Area)),
            (text.Require("Conflict_Interest"), d.PersonalInterest),
            (text.Require("Conflict_Related"), d.RelatedPersons),
            (text.Require("Conflict_Process"), d.AffectedProcess));
    }

    /// <summary>The hand-over warning when the Domain's rule says the gift is handed over (Reg. 14.13); else null.</summary>
    public TextBlock? HandOverWarning(GiftView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var rule = options.Value.HandOver();
        var year = view.Details.GiftDate.Year;
        return rule.MustHandOver(view.Details) && rule.ThresholdKzt(year) is { } threshold
            ? Notice(rules.For(GiftHandOverThreshold.GiftAboveThresholdIsHandedOver, rule.ThresholdMci, Money(threshold), year), TextColor.Warning)
            : null;
    }

    public Container GiftDecision(GiftDecisionView decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return Outcome(
            text.Require("Decision_Gift", text.Require($"GiftOutcome_{decision.Outcome}")),
            (text.Require("Decision_Reason"), decision.Reason),
            (text.Require("Decision_By"), decision.DecidedBy),
            (text.Require("Decision_At"), DateTime(calendar.Local(decision.At))));
    }

    public Container ConflictAssessment(ConflictAssessmentView assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return Outcome(
            text.Require("Decision_Conflict", text.Require($"ConflictLevel_{assessment.Level}")),
            (text.Require("Assess_Measure"), assessment.Measure is { } m ? choices.Label(m) : null),
            (text.Require("Assess_MeasureDetails"), assessment.MeasureDetails),
            (text.Require("Assess_Monitoring"), assessment.MonitoringDate is { } date ? Date(date) : null),
            (text.Require("Decision_Reason"), assessment.Reason),
            (text.Require("Decision_By"), assessment.AssessedBy),
            (text.Require("Decision_At"), DateTime(calendar.Local(assessment.At))));
    }

    private static Container Outcome(string title, params (string, string?)[] facts) => new()
    {
        Style = ContainerStyle.Emphasis,
        Separator = true,
        Items = [Notice(title, TextColor.Good), Facts(facts)],
    };
}
