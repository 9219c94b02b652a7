using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Channel;

namespace ComplianceBot.Bot.Cards;

/// <summary>Wraps cards for the wire: as a message attachment and as an Action.Execute answer.</summary>
public static class CardAttachment
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The invoke response type for "show this message" rather than a card.</summary>
    public const string MessageContentType = "application/vnd.microsoft.activity.message";

    // The content is pre-serialised with CardJson so the channel's own serializer options
    // (naming, null handling) cannot change the card.
    public static Attachment From(AdaptiveCard card) => new()
    {
        ContentType = ContentType,
        Content = CardJson.ToElement(card),
    };

    public static Activity ToMessage(AdaptiveCard card, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Attachments = [From(card)],
    };

    /// <summary>The body of an <c>adaptiveCard/action</c> invoke response that replaces the card in place.</summary>
    public static InvokeResponse ToInvokeResponse(AdaptiveCard card) =>
        new(200, new AdaptiveCardInvokeResponse(200, ContentType, CardJson.ToElement(card)));

    /// <summary>The body of an <c>adaptiveCard/action</c> invoke response that shows a message.</summary>
    public static InvokeResponse ToInvokeMessage(string message) =>
        new(200, new AdaptiveCardInvokeResponse(200, MessageContentType, message));
}
