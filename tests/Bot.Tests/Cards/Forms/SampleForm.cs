using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;

namespace ComplianceBot.Bot.Tests.Cards.Forms;

/// <summary>A form with one input of each kind, shaped like the gift declaration to come.</summary>
internal static class SampleForm
{
    public static AdaptiveCard Create() => new()
    {
        Body =
        [
            new TextBlock("Declare a gift") { Style = TextBlockStyle.Heading, Wrap = true },
            new TextInput { Id = "description", Label = "What was it?", IsRequired = true, ErrorMessage = "Describe the gift.", MaxLength = 20 },
            new ColumnSet
            {
                Columns =
                [
                    new Column { Width = "stretch", Items = [new NumberInput { Id = "value", Label = "Value, KZT", Min = 0, Max = 10_000_000 }] },
                    new Column { Width = "stretch", Items = [new DateInput { Id = "date", Label = "Date", Min = "2026-01-01", Max = "2026-12-31", IsRequired = true, ErrorMessage = "Enter the date." }] },
                ],
            },
            new TimeInput { Id = "time", Label = "Time", Min = "08:00", Max = "20:00" },
            new ChoiceSetInput
            {
                Id = "kind", Label = "Kind", IsRequired = true, ErrorMessage = "Choose what happened.",
                Choices = [new Choice("Offered", "offered"), new Choice("Received", "received"), new Choice("Declined", "declined")],
            },
            new ToggleInput { Id = "truthful", Label = "Confirmation", Title = "I confirm this is true", IsRequired = true, ErrorMessage = "Please confirm." },
        ],
        Actions = [CardActions.Execute("Submit", "gift.submit")],
    };
}
