using System.Text.Json.Serialization;

namespace ComplianceBot.Bot.Cards.Model;

/// <summary>
/// An element of a card body. Serialised polymorphically: the "type" property names the
/// element as the Adaptive Card schema does.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(TimeInput), "Input.Time")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
public abstract class CardElement
{
    [JsonPropertyOrder(-1)]
    public string? Id { get; set; }

    public Spacing? Spacing { get; set; }

    public bool? Separator { get; set; }

    public bool? IsVisible { get; set; }
}
