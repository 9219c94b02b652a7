using System.Text.Json;
using ComplianceBot.Bot.Cards.Forms;

namespace ComplianceBot.Bot.Conversation.Routing;

/// <summary>A card action: its verb and data (the card's inputs merged with the action's data).</summary>
public sealed class CardActionRequest(ConversationTurn turn, string verb, JsonElement data, CardActionKind kind)
{
    public ConversationTurn Turn { get; } = turn;

    public string Verb { get; } = verb;

    public JsonElement Data { get; } = data;

    public CardActionKind Kind { get; } = kind;

    /// <summary>The data as strings by input id, the form <c>FormValidator</c> takes.</summary>
    public IReadOnlyDictionary<string, string?> Inputs { get; } = FormValues.From(data);
}

public enum CardActionKind
{
    /// <summary>Action.Execute: an invoke the bot answers within 5 seconds.</summary>
    Execute,

    /// <summary>Action.Submit (or Action.Execute's fallback): a message.</summary>
    Submit,
}
