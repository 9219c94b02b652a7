using System.Text.Json.Serialization;

namespace ComplianceBot.Bot.Cards.Model;

/// <summary>An action (a button), serialised polymorphically by its schema "type".</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract class CardAction
{
    [JsonPropertyOrder(-2)]
    public string? Id { get; set; }

    [JsonPropertyOrder(-1)]
    public string Title { get; set; } = "";

    public ActionStyle? Style { get; set; }

    /// <summary>What a client that cannot render this action shows instead.</summary>
    public CardAction? Fallback { get; set; }
}

/// <summary>Action.Execute (Universal Actions): an <c>adaptiveCard/action</c> invoke whose answer replaces the card.</summary>
public sealed class ExecuteAction : CardAction
{
    public string Verb { get; set; } = "";

    public object? Data { get; set; }

    public AssociatedInputs? AssociatedInputs { get; set; }
}

/// <summary>Action.Submit: a message activity whose <c>value</c> is the inputs merged with <see cref="Data"/>.</summary>
public sealed class SubmitAction : CardAction
{
    public object? Data { get; set; }

    public AssociatedInputs? AssociatedInputs { get; set; }
}

public sealed class ShowCardAction : CardAction
{
    public AdaptiveCard Card { get; set; } = new();
}

public sealed class OpenUrlAction : CardAction
{
    public string Url { get; set; } = "";
}
