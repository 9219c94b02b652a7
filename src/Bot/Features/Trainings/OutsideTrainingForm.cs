using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Trainings;
using ComplianceBot.Domain.Trainings;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Trainings;

/// <summary>
/// The officer's "Outside training" card: a training someone attended elsewhere — an officer's own qualification
/// training by an authorized body or professional organisation (Reg. 21), or an employee's — recorded in the
/// training history as the register keeps it: person, title, provider, date completed. It counts for audiences
/// "not trained in N months" like a session attended here.
/// </summary>
public sealed class OutsideTrainingForm(IStringLocalizer<TrainingStrings> text)
{
    public AdaptiveCard Build(DateOnly today, IReadOnlyList<(string Id, string Name)> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var card = new AdaptiveCard();
        card.Body.Add(new TextBlock(text.Require("Outside_Title")) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true });
        card.Body.Add(new TextBlock(text.Require("Outside_Intro")) { Wrap = true, IsSubtle = true });
        card.Body.Add(Required(new ChoiceSetInput
        {
            Id = TrainingInputs.Person,
            Style = ChoiceInputStyle.Filtered,
            Choices = [.. people.Select(p => new Choice(p.Name, p.Id))],
        }, "Outside_Person"));
        card.Body.Add(Required(new TextInput { Id = TrainingInputs.Title, MaxLength = Training.TitleMaxLength }, "Outside_TrainingTitle"));
        card.Body.Add(Required(new TextInput { Id = TrainingInputs.Provider, MaxLength = TrainingHistoryEntry.ProviderMaxLength }, "Outside_Provider"));
        card.Body.Add(Required(new DateInput { Id = TrainingInputs.CompletedOn, Max = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, "Outside_CompletedOn"));
        card.Body.Add(new ActionSet { Actions = [CardActions.Execute(text.Require("Outside_Submit"), TrainingVerbs.OutsideRecord, style: ActionStyle.Positive)] });
        return card;
    }

    private T Required<T>(T input, string labelKey)
        where T : CardInput
    {
        input.Label = text.Require(labelKey);
        input.IsRequired = true;
        input.ErrorMessage = text.Require(labelKey + "_Error");
        return input;
    }
}
