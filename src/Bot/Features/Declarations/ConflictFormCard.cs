using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Choices;
using ComplianceBot.Bot.Resources.Declarations;
using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Conflicts;
using Microsoft.Extensions.Localization;
using static ComplianceBot.Bot.Features.Declarations.CardParts;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>
/// The conflict-of-interest form (Reg. 5.3, 14.12): the area, the personal interest, related persons and the
/// duty or process it touches — every field of the register, limits from <see cref="ConflictDetails"/>.
/// </summary>
public sealed class ConflictFormCard(IStringLocalizer<DeclarationStrings> text, ChoiceTexts choices)
{
    public const string Area = "area";
    public const string Interest = "personalInterest";
    public const string Related = "relatedPersons";
    public const string Process = "affectedProcess";

    public AdaptiveCard Build(ConflictView? amending = null)
    {
        var details = amending?.Details;
        var card = new AdaptiveCard();
        card.Body.Add(Heading(amending is null ? text.Require("Conflict_Title") : text.Require("Conflict_AmendTitle", amending.Number)));
        card.Body.Add(Paragraph(text.Require("Conflict_Intro")));
        if (amending is not null)
        {
            card.Body.Add(GiftFormCard.VersionKindChoice(text));
        }

        card.Body.Add(new ChoiceSetInput
        {
            Id = Area, Label = text.Require("Conflict_Area"), IsRequired = true, ErrorMessage = text.Require("Form_ChooseOne"),
            Value = details?.Area.ToString(),
            Choices = AreaChoices(details?.Area),
        });
        card.Body.Add(Text(Interest, "Conflict_Interest", ConflictDetails.TextMaxLength, true, details?.PersonalInterest));
        card.Body.Add(Text(Related, "Conflict_Related", ConflictDetails.TextMaxLength, false, details?.RelatedPersons));
        card.Body.Add(Text(Process, "Conflict_Process", ConflictDetails.ProcessMaxLength, true, details?.AffectedProcess));
        var data = amending is null ? null : new Dictionary<string, string> { [DeclarationVerbs.DeclarationIdKey] = amending.Id.ToString() };
        card.Actions = [CardActions.Execute(text.Require("Form_Submit"), DeclarationVerbs.ConflictSubmit, data, ActionStyle.Positive)];
        return card;
    }

    /// <summary>The areas in force (Reg. 10); an amended declaration keeps its own area even if it was taken off the list.</summary>
    private List<Choice> AreaChoices(ConflictArea? current)
    {
        var areas = choices.Choices(ChoiceList.ConflictAreas);
        if (current is not null && !areas.Exists(c => c.Value == current.Key))
        {
            areas.Add(new Choice(choices.Label(current), current.Key));
        }

        return areas;
    }

    private TextInput Text(string id, string labelKey, int maxLength, bool required, string? value) => new()
    {
        Id = id, Label = text.Require(labelKey), MaxLength = maxLength, IsMultiline = true, Value = value,
        IsRequired = required ? true : null, ErrorMessage = required ? text.Require("Form_Required") : null,
    };
}
