using ComplianceBot.Bot.Cards.Model;

namespace ComplianceBot.Bot.Conversation.Routing;

/// <summary>What a card action produces; the dispatcher turns it into the answer each action kind needs.</summary>
public abstract record CardActionResult
{
    private CardActionResult()
    {
    }

    /// <summary>
    /// Replace the card the user acted on (e.g. the form again with errors, or its receipt):
    /// the invoke response for Action.Execute, an update of the card's message for Action.Submit.
    /// </summary>
    public static CardActionResult Replace(AdaptiveCard card) => new ReplaceCard(card);

    /// <summary>
    /// Post a new card and leave the acted-on card as it is. For Action.Execute,
    /// <paramref name="invokeMessage"/> is the short message the client shows in answer.
    /// </summary>
    public static CardActionResult Post(AdaptiveCard card, string? invokeMessage = null) => new PostCard(card, invokeMessage);

    public sealed record ReplaceCard(AdaptiveCard Card) : CardActionResult;

    public sealed record PostCard(AdaptiveCard Card, string? InvokeMessage) : CardActionResult;
}
