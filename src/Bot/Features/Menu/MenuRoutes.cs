using ComplianceBot.Bot.Conversation;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Menu;
using ComplianceBot.Bot.Conversation.Routing;

namespace ComplianceBot.Bot.Features.Menu;

/// <summary>"menu" in any language → the menu card.</summary>
internal sealed class MenuTextRoute(MenuCards cards) : ITextCommandRoute
{
    public IReadOnlyCollection<string> Commands => BotCommands.Menu.Titles;

    public Task HandleAsync(ConversationTurn turn, CancellationToken cancellationToken) =>
        turn.SendCardAsync(cards.Menu(), cancellationToken);
}

/// <summary>"help" in any language → the help card, which ends with the same menu.</summary>
internal sealed class HelpTextRoute(MenuCards cards, OfficerWorkspaceLink workspace) : ITextCommandRoute
{
    public IReadOnlyCollection<string> Commands => BotCommands.Help.Titles;

    public async Task HandleAsync(ConversationTurn turn, CancellationToken cancellationToken) =>
        await turn.SendCardAsync(cards.Help(await workspace.ForAsync(turn, cancellationToken)), cancellationToken);
}

internal sealed class MenuVerbRoute(MenuCards cards) : ICardActionRoute
{
    public string Verb => CardVerbs.Menu;

    public Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(CardActionResult.Post(cards.Menu()));
}

internal sealed class HelpVerbRoute(MenuCards cards, OfficerWorkspaceLink workspace) : ICardActionRoute
{
    public string Verb => CardVerbs.Help;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken) =>
        CardActionResult.Post(cards.Help(await workspace.ForAsync(request.Turn, cancellationToken)));
}
