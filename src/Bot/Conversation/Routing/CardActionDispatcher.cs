using System.Text.Json;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Menu;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Resources;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Conversation.Routing;

/// <summary>
/// Finds the route for a card-action verb and turns its result into the answer the action's
/// kind needs. A verb nobody handles gets a polite notice and the menu, never an error.
/// </summary>
public sealed class CardActionDispatcher(
    IEnumerable<ICardActionRoute> routes,
    MenuCards cards,
    IStringLocalizer<BotStrings> text,
    ILogger<CardActionDispatcher> logger)
{
    public async Task<InvokeResponse?> DispatchAsync(
        ConversationTurn turn, string? verb, JsonElement data, CardActionKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        CardActionResult result;
        if (verb is not null && RouteChoice.OneOrNone(routes.Where(route => route.Verb == verb), "verb", verb) is { } route)
        {
            result = await route.HandleAsync(new CardActionRequest(turn, verb, data, kind), cancellationToken);
        }
        else
        {
            ConversationLog.NoRouteForVerb(logger, verb, kind);
            var notice = text.Require("Notice_NotAvailable");
            result = CardActionResult.Post(cards.Menu(notice), notice);
        }

        return await ApplyAsync(turn, result, kind, cancellationToken);
    }

    private static async Task<InvokeResponse?> ApplyAsync(
        ConversationTurn turn, CardActionResult result, CardActionKind kind, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case CardActionResult.ReplaceCard replace when kind == CardActionKind.Execute:
                return CardAttachment.ToInvokeResponse(replace.Card);
            case CardActionResult.ReplaceCard replace:
                await ReplaceSubmittedCardAsync(turn, replace, cancellationToken);
                return null;
            case CardActionResult.PostCard post:
                await turn.SendCardAsync(post.Card, cancellationToken);
                return kind == CardActionKind.Execute ? CardAttachment.ToInvokeMessage(post.InvokeMessage ?? "") : null;
            default:
                throw new InvalidOperationException($"Unknown card action result {result.GetType().Name}.");
        }
    }

    // Action.Submit carries the card's message id in replyToId: updating that message gives
    // the fallback the same in-place behaviour as Action.Execute.
    private static async Task ReplaceSubmittedCardAsync(
        ConversationTurn turn, CardActionResult.ReplaceCard replace, CancellationToken cancellationToken)
    {
        var cardMessageId = turn.Activity.ReplyToId;
        if (cardMessageId is null)
        {
            await turn.SendCardAsync(replace.Card, cancellationToken);
            return;
        }

        var update = CardAttachment.ToMessage(replace.Card);
        update.Id = cardMessageId;
        update.Conversation = turn.Activity.Conversation;
        update.From = turn.Activity.Recipient;
        await turn.Context.Connector.UpdateAsync(turn.Context.Address, cardMessageId, update, cancellationToken);
    }
}
