using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Domain;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>"My declarations" (menu button): the person's own declarations with status and decisions.</summary>
internal sealed class MineRoute(DeclarationQueries queries, MyDeclarationsCard card) : ICardActionRoute
{
    public string Verb => CardVerbs.DeclarationsMine;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        var (gifts, conflicts) = await queries.MineAsync(Declarant.Of(request.Turn), cancellationToken);
        return CardActionResult.Post(card.Build(gifts, conflicts));
    }
}

/// <summary>"Supplement or correct" on a pending gift: the form pre-filled with the current version.</summary>
internal sealed class GiftAmendRoute(DeclarationQueries queries, GiftFormCard form, DomainErrorText domainText) : ICardActionRoute
{
    public string Verb => DeclarationVerbs.GiftAmend;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var id = FormReaders.DeclarationId(request.Inputs) ?? throw DeclarationFiling.NotFound();
            return CardActionResult.Post(form.Build(await queries.OwnGiftAsync(Declarant.Of(request.Turn), id, cancellationToken)));
        }
        catch (DomainRuleException refused)
        {
            return CardActionResult.Post(FormErrors.WithNotice(form.Build(), domainText.For(refused)));
        }
    }
}

/// <summary>"Supplement or correct" on a pending conflict declaration.</summary>
internal sealed class ConflictAmendRoute(DeclarationQueries queries, ConflictFormCard form, DomainErrorText domainText) : ICardActionRoute
{
    public string Verb => DeclarationVerbs.ConflictAmend;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var id = FormReaders.DeclarationId(request.Inputs) ?? throw DeclarationFiling.NotFound();
            return CardActionResult.Post(form.Build(await queries.OwnConflictAsync(Declarant.Of(request.Turn), id, cancellationToken)));
        }
        catch (DomainRuleException refused)
        {
            return CardActionResult.Post(FormErrors.WithNotice(form.Build(), domainText.For(refused)));
        }
    }
}
