using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Trainings;
using ComplianceBot.Domain.Trainings;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Trainings;

/// <summary>
/// The officer's "Schedule a training" card (Reg. 14.6, 14.7): title, agenda, start (Asia/Almaty), duration, Teams
/// meeting or a room, and the audience. The department and people lists come from the Employee register.
/// </summary>
public sealed class ScheduleTrainingForm(IStringLocalizer<TrainingStrings> text)
{
    public AdaptiveCard Build(DateOnly today, IReadOnlyList<string> departments, IReadOnlyList<(string Id, string Name)> people)
    {
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(people);
        var card = new AdaptiveCard();
        card.Body.Add(new TextBlock(text.Require("Form_Title")) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true });
        card.Body.Add(new TextBlock(text.Require("Form_Intro")) { Wrap = true, IsSubtle = true });
        card.Body.Add(Required(new TextInput { Id = TrainingInputs.Title, MaxLength = Training.TitleMaxLength }, "Field_Title"));
        card.Body.Add(Required(new TextInput { Id = TrainingInputs.Agenda, MaxLength = Training.AgendaMaxLength, IsMultiline = true }, "Field_Agenda"));
        card.Body.Add(Required(new DateInput { Id = TrainingInputs.Date, Min = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, "Field_Date"));
        card.Body.Add(Required(new TimeInput { Id = TrainingInputs.Time, Value = "10:00" }, "Field_Time"));
        card.Body.Add(Required(new NumberInput { Id = TrainingInputs.Duration, Min = Training.MinDurationMinutes, Max = Training.MaxDurationMinutes, Value = 60 }, "Field_Duration"));
        card.Body.Add(Required(new ChoiceSetInput
        {
            Id = TrainingInputs.Place,
            Style = ChoiceInputStyle.Expanded,
            Value = TrainingInputs.Online,
            Choices = [new Choice(text.Require("Place_Online"), TrainingInputs.Online), new Choice(text.Require("Place_Room"), TrainingInputs.InRoom)],
        }, "Field_Place"));
        card.Body.Add(new TextInput { Id = TrainingInputs.Room, MaxLength = Training.RoomMaxLength, Label = text.Require("Field_Room") });
        card.Body.Add(Required(new ChoiceSetInput
        {
            Id = TrainingInputs.Audience,
            Style = ChoiceInputStyle.Expanded,
            Value = nameof(AudienceKind.Departments),
            Choices = [.. Enum.GetNames<AudienceKind>().Select(k => new Choice(text.Require("Audience_" + k), k))],
        }, "Field_Audience"));
        card.Body.Add(new ChoiceSetInput
        {
            Id = TrainingInputs.Departments,
            IsMultiSelect = true,
            Label = text.Require("Field_Departments"),
            Choices = [.. departments.Select(d => new Choice(d, d))],
        });
        card.Body.Add(new ChoiceSetInput
        {
            Id = TrainingInputs.People,
            IsMultiSelect = true,
            Style = ChoiceInputStyle.Filtered,
            Label = text.Require("Field_People"),
            Choices = [.. people.Select(p => new Choice(p.Name, p.Id))],
        });
        card.Body.Add(new NumberInput { Id = TrainingInputs.Months, Min = 1, Max = TrainingAudience.MaxMonths, Value = 12, Label = text.Require("Field_Months") });
        card.Body.Add(new ActionSet { Actions = [CardActions.Execute(text.Require("Form_Submit"), TrainingVerbs.Schedule, style: ActionStyle.Positive)] });
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
