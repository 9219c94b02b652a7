using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Forms;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Cards.Forms;

public sealed class FormValidatorTests : IAsyncLifetime
{
    private readonly ConversationTestHost host = new();

    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["description"] = "Book", ["value"] = "15000", ["date"] = "2026-11-20", ["time"] = "12:30",
        ["kind"] = "received", ["truthful"] = "true", ["verb"] = "gift.submit",
    };

    private FormValidator Validator => host.Services.GetRequiredService<FormValidator>();

    [Fact]
    public void Validate_ValidValues_IsValidAndKeepsValues()
    {
        using var culture = CultureScope.Enter("en");

        var result = Validator.Validate(SampleForm.Create(), Valid);

        Assert.True(result.IsValid);
        Assert.Equal(15000m, Find<NumberInput>(result.Card, "value").Value);
        Assert.Equal("2026-11-20", Find<DateInput>(result.Card, "date").Value);
        Assert.DoesNotContain(result.Card.Body, e => e is TextBlock { Color: TextColor.Attention });
    }

    [Fact]
    public void Validate_InvalidValues_PutsErrorBesideEachFieldAndKeepsTypedValues()
    {
        using var culture = CultureScope.Enter("en");
        var submitted = new Dictionary<string, string?>(Valid)
        {
            ["description"] = "A very long description indeed", ["value"] = "-5", ["date"] = "2025-12-31",
            ["time"] = "21:00", ["kind"] = "stolen", ["truthful"] = "false",
        };

        var result = Validator.Validate(SampleForm.Create(), submitted);

        Assert.False(result.IsValid);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["description"] = "Use no more than 20 characters.",
                ["value"] = "The smallest allowed value is 0.",
                ["date"] = "No earlier than 1/1/2026.",
                ["time"] = "No later than 20:00.",
                ["kind"] = "Choose one of the options.",
                ["truthful"] = "Please confirm.",
            },
            result.Errors);
        Assert.Equal("A very long description indeed", Find<TextInput>(result.Card, "description").Value);
        Assert.Equal(-5m, Find<NumberInput>(result.Card, "value").Value);
        Assert.Equal("stolen", Find<ChoiceSetInput>(result.Card, "kind").Value);
        Assert.Equal("Please correct the fields marked below.", Assert.IsType<TextBlock>(result.Card.Body[0]).Text);
        AssertErrorFollows(result.Card.Body, "description", "Use no more than 20 characters.");
        AssertErrorFollows(result.Card.Body.OfType<ColumnSet>().Single().Columns[0].Items, "value", "The smallest allowed value is 0.");
    }

    [Fact]
    public void Validate_MissingRequiredValues_UsesInputMessageOrLocalizedDefault()
    {
        using var culture = CultureScope.Enter("kk");

        var form = SampleForm.Create();
        Flatten(form.Body).OfType<TimeInput>().Single().IsRequired = true;

        var result = Validator.Validate(form, new Dictionary<string, string?> { ["description"] = "  " });

        Assert.Equal("Describe the gift.", result.Errors["description"]);
        Assert.Equal("Enter the date.", result.Errors["date"]);
        Assert.Equal("Бұл өрісті толтыру міндетті.", result.Errors["time"]);
        Assert.False(result.Errors.ContainsKey("value"));
        Assert.Null(Find<TextInput>(result.Card, "description").Value);
    }

    [Fact]
    public void Validate_NotANumberNorADate_SaysSoInTurnLanguage()
    {
        using var culture = CultureScope.Enter("ru");
        var submitted = new Dictionary<string, string?>(Valid) { ["value"] = "much", ["date"] = "20.11.2026" };

        var result = Validator.Validate(SampleForm.Create(), submitted);

        Assert.Equal("Введите число.", result.Errors["value"]);
        Assert.Equal("Укажите дату.", result.Errors["date"]);
    }

    [Fact]
    public void Validate_FlowRuleError_IsShownBesideItsField()
    {
        using var culture = CultureScope.Enter("en");

        var result = Validator.Validate(SampleForm.Create(), Valid, new Dictionary<string, string> { ["value"] = "Above 10 MCI: hand it over." });

        Assert.Equal("Above 10 MCI: hand it over.", Assert.Single(result.Errors).Value);
        AssertErrorFollows(result.Card.Body.OfType<ColumnSet>().Single().Columns[0].Items, "value", "Above 10 MCI: hand it over.");
    }

    [Fact]
    public void Validate_LeavesTheGivenFormUnchanged()
    {
        using var culture = CultureScope.Enter("en");
        var form = SampleForm.Create();
        var before = CardJson.Serialize(form);

        Validator.Validate(form, new Dictionary<string, string?> { ["value"] = "-1" });

        Assert.Equal(before, CardJson.Serialize(form));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private static void AssertErrorFollows(List<CardElement> elements, string inputId, string message)
    {
        var index = elements.FindIndex(e => e.Id == inputId);
        var error = Assert.IsType<TextBlock>(elements[index + 1]);
        Assert.Equal(message, error.Text);
        Assert.Equal(TextColor.Attention, error.Color);
    }

    private static T Find<T>(AdaptiveCard card, string id)
        where T : CardInput =>
        Flatten(card.Body).OfType<T>().Single(i => i.Id == id);

    private static IEnumerable<CardElement> Flatten(IEnumerable<CardElement> elements) =>
        elements.SelectMany(e => e switch
        {
            Container c => Flatten(c.Items),
            ColumnSet s => s.Columns.SelectMany(col => Flatten(col.Items)),
            _ => [e],
        });
}
