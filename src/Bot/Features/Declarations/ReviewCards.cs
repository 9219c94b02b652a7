using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Choices;
using ComplianceBot.Bot.Resources.Declarations;
using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using Microsoft.Extensions.Localization;
using static ComplianceBot.Bot.Features.Declarations.CardParts;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>
/// The card a reviewer gets for a declaration. It carries the decision form until someone decides; then every copy
/// is replaced by the same card with the decision and no buttons. The director gets it when no other officer may
/// review (<see cref="ReviewerSelection"/>, Reg. 24.5, 24.6) and decides from it too, without the registers button
/// (the registers are the officers').
/// </summary>
public sealed class ReviewCards(IStringLocalizer<DeclarationStrings> text, DeclarationFacts facts, ChoiceTexts choices)
{
    public const string Outcome = "outcome";
    public const string Reason = "reason";
    public const string Level = "level";
    public const string Measure = "measure";
    public const string MeasureDetails = "measureDetails";
    public const string MonitoringDate = "monitoringDate";

    public AdaptiveCard Gift(GiftView view, ReviewerRole role, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var card = Start(text.Require("Review_GiftTitle", view.Number), role, notice);
        if (facts.HandOverWarning(view) is { } warning)
        {
            card.Body.Add(warning);
        }

        card.Body.Add(facts.Gift(view));
        if (view.Decision is { } decision)
        {
            card.Body.Add(facts.GiftDecision(decision));
        }
        else
        {
            card.Body.Add(Choice(Outcome, "Review_Outcome", Enum.GetValues<GiftOutcome>()));
            card.Body.Add(ReasonInput());
            card.Actions = Buttons(DeclarationVerbs.GiftDecide, view.Id, role);
        }

        return card;
    }

    public AdaptiveCard Conflict(ConflictView view, ReviewerRole role, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var card = Start(text.Require("Review_ConflictTitle", view.Number), role, notice);
        card.Body.Add(facts.Conflict(view));
        if (view.Assessment is { } assessment)
        {
            card.Body.Add(facts.ConflictAssessment(assessment));
        }
        else
        {
            card.Body.Add(Choice(Level, "Assess_Level", Enum.GetValues<ConflictLevel>()));
            // Reg. 10: the measures in force; none is required, since only an actual conflict needs one (Reg. 14.12).
            card.Body.Add(new ChoiceSetInput
            {
                Id = Measure, Label = text.Require("Assess_Measure"), Choices = choices.Choices(ChoiceList.ConflictMeasures),
            });
            card.Body.Add(new TextInput
            {
                Id = MeasureDetails, Label = text.Require("Assess_MeasureDetails"), MaxLength = ConflictAssessment.MeasureDetailsMaxLength, IsMultiline = true,
            });
            card.Body.Add(new DateInput { Id = MonitoringDate, Label = text.Require("Assess_Monitoring") });
            card.Body.Add(ReasonInput());
            card.Actions = Buttons(DeclarationVerbs.ConflictAssess, view.Id, role);
        }

        return card;
    }

    /// <summary>
    /// What replaces a review card for someone who is not (or no longer) a current officer: nothing of the declaration
    /// (decision 121).
    /// </summary>
    public AdaptiveCard NoLongerAvailable(string? refusal = null)
    {
        var card = new AdaptiveCard();
        if (refusal is not null)
        {
            card.Body.Add(CardParts.Notice(refusal, TextColor.Attention));
        }

        card.Body.Add(Paragraph(text.Require("Review_NoLongerAvailable"), subtle: true));
        return card;
    }

    /// <summary>What replaces the director's review card once an officer may review the declaration (decision 135).</summary>
    public AdaptiveCard HandedToOfficer() => new() { Body = [Paragraph(text.Require("Review_HandedToOfficer"), subtle: true)] };

    private AdaptiveCard Start(string title, ReviewerRole role, string? notice)
    {
        var card = new AdaptiveCard();
        if (notice is not null)
        {
            card.Body.Add(CardParts.Notice(notice, TextColor.Attention));
        }

        card.Body.Add(Heading(title));
        card.Body.Add(Paragraph(text.Require(role == ReviewerRole.Officer ? "Review_IntroOfficer" : "Review_IntroDirector"), subtle: true));
        return card;
    }

    private ChoiceSetInput Choice<T>(string id, string labelKey, IEnumerable<T> values)
        where T : struct, Enum => new()
        {
            Id = id, Label = text.Require(labelKey), IsRequired = true, ErrorMessage = text.Require("Form_ChooseOne"),
            Choices = [.. values.Select(v => new Choice(text.Require($"{typeof(T).Name}_{v}"), v.ToString()))],
        };

    private TextInput ReasonInput() => new()
    {
        Id = Reason, Label = text.Require("Decision_Reason"), IsRequired = true, ErrorMessage = text.Require("Form_Required"),
        MaxLength = DeclarationRules.ReasonMaxLength, IsMultiline = true,
    };

    private List<CardAction> Buttons(string verb, Guid id, ReviewerRole role) =>
        role == ReviewerRole.Officer ? [DecideButton(verb, id), RegistersButton()] : [DecideButton(verb, id)];

    private ExecuteAction DecideButton(string verb, Guid id) =>
        CardActions.Execute(text.Require("Review_Decide"), verb, new Dictionary<string, string> { [DeclarationVerbs.DeclarationIdKey] = id.ToString() }, ActionStyle.Positive);

    private SubmitAction RegistersButton() => CardActions.Navigate(text.Require("Registers_Button"), DeclarationVerbs.RegistersShow);
}
