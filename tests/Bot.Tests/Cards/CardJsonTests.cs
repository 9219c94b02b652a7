using System.Text.Json;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;

namespace ComplianceBot.Bot.Tests.Cards;

public sealed class CardJsonTests
{
    [Fact]
    public void Serialize_Elements_WritesSchemaTypeFirstAndOmitsNulls()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("Сыйлық") { Wrap = true }, new NumberInput { Id = "value", Min = 0 }] };

        var json = CardJson.Serialize(card);

        Assert.StartsWith("""{"type":"AdaptiveCard","$schema":""", json, StringComparison.Ordinal);
        Assert.Contains("""{"type":"TextBlock","text":"Сыйлық","wrap":true}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"type":"Input.Number","id":"value","min":0}""", json, StringComparison.Ordinal);
        Assert.Contains("\"version\":\"1.5\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Enums_AreCamelCaseStrings()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("x") { Size = TextSize.ExtraLarge, Color = TextColor.Attention }] };

        var block = CardJson.ToElement(card).GetProperty("body")[0];

        Assert.Equal("extraLarge", block.GetProperty("size").GetString());
        Assert.Equal("attention", block.GetProperty("color").GetString());
    }

    [Fact]
    public void Execute_FallsBackToSubmitWithSameVerbAndData()
    {
        var action = CardActions.Execute("Save", "gift.save", new Dictionary<string, string> { ["draft"] = "7" });

        var json = JsonSerializer.SerializeToElement<CardAction>(action, CardJson.Options);

        Assert.Equal("Action.Execute", json.GetProperty("type").GetString());
        Assert.Equal("gift.save", json.GetProperty("verb").GetString());
        var fallback = json.GetProperty("fallback");
        Assert.Equal("Action.Submit", fallback.GetProperty("type").GetString());
        Assert.Equal("Save", fallback.GetProperty("title").GetString());
        Assert.Equal("gift.save", fallback.GetProperty("data").GetProperty("verb").GetString());
        Assert.Equal("7", fallback.GetProperty("data").GetProperty("draft").GetString());
    }

    [Fact]
    public void Deserialize_SerializedCard_RoundTripsEveryElementKind()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new Container { Items = [new FactSet { Facts = [new Fact("a", "b")] }, new Image { Url = "https://example.org/i.png" }] },
                new ColumnSet { Columns = [new Column { Width = "auto", Items = [new DateInput { Id = "d" }, new TimeInput { Id = "t" }] }] },
                new ChoiceSetInput { Id = "c", Choices = [new Choice("One", "1")] },
                new ToggleInput { Id = "g", Title = "Agree" },
                new TextInput { Id = "x", MaxLength = 5 },
                new ActionSet { Actions = [new OpenUrlAction { Title = "Open", Url = "https://example.org" }] },
            ],
            Actions = [new ShowCardAction { Title = "More", Card = new AdaptiveCard { Body = [new TextBlock("inner")] } }],
        };

        var json = CardJson.Serialize(card);

        Assert.Equal(json, CardJson.Serialize(CardJson.Deserialize(json)));
    }

    [Fact]
    public void From_Card_IsAdaptiveCardAttachmentWithJsonContent()
    {
        var attachment = CardAttachment.From(new AdaptiveCard { Body = [new TextBlock("x")] });

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var content = Assert.IsType<JsonElement>(attachment.Content);
        Assert.Equal("AdaptiveCard", content.GetProperty("type").GetString());
    }
}
