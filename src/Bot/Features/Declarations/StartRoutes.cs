using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Conversation.Routing;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>"Declare a gift" (menu button): the empty gift form (Reg. 14.13, 24.5).</summary>
internal sealed class GiftStartRoute(GiftFormCard form) : ICardActionRoute
{
    public string Verb => CardVerbs.GiftStart;

    public Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(CardActionResult.Post(form.Build()));
}

/// <summary>"Declare a conflict of interest" (menu button): the empty conflict form (Reg. 5.3, 14.12).</summary>
internal sealed class ConflictStartRoute(ConflictFormCard form) : ICardActionRoute
{
    public string Verb => CardVerbs.ConflictStart;

    public Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(CardActionResult.Post(form.Build()));
}
