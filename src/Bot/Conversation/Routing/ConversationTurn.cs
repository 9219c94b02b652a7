using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Channel;

namespace ComplianceBot.Bot.Conversation.Routing;

/// <summary>One inbound turn as flows see it: the channel's context plus the language chosen for it.</summary>
public sealed class ConversationTurn(TurnContext context, string language)
{
    public TurnContext Context { get; } = context;

    /// <summary>kk, ru or en; the current UI culture is set to it for the whole turn.</summary>
    public string Language { get; } = language;

    public Activity Activity => Context.Activity;

    /// <summary>Posts a card as a new message in the conversation.</summary>
    public Task<string?> SendCardAsync(AdaptiveCard card, CancellationToken cancellationToken) =>
        Context.ReplyAsync(CardAttachment.ToMessage(card), cancellationToken);
}
