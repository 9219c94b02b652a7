using ComplianceBot.Bot.Cards.Forms;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Domain;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>
/// The gift form's submit: checked on the server; on an error the same form comes back with the message beside
/// the field and the typed values kept; when valid, the declaration (or its new version) is committed with the
/// reviewers' cards and only then the receipt replaces the form.
/// </summary>
internal sealed class GiftSubmitRoute(GiftFormCard form, FormValidator validator, DeclarationFiling filing, DeclarationQueries queries, ReceiptCards receipts, DomainErrorText domainText) : ICardActionRoute
{
    public string Verb => DeclarationVerbs.GiftSubmit;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        var declarant = Declarant.Of(request.Turn);
        var amendId = FormReaders.DeclarationId(request.Inputs);
        GiftView? amending = null;
        try
        {
            amending = amendId is { } id ? await queries.OwnGiftAsync(declarant, id, cancellationToken) : null;
        }
        catch (DomainRuleException refused)
        {
            return CardActionResult.Replace(FormErrors.WithNotice(validator.Validate(form.Build(), request.Inputs).Card, domainText.For(refused)));
        }


        var blank = form.Build(amending);
        var check = validator.Validate(blank, request.Inputs, form.RuleErrors(request.Inputs));
        if (!check.IsValid)
        {
            return CardActionResult.Replace(check.Card);
        }

        try
        {
            var details = FormReaders.Gift(request.Inputs);
            var view = amending is null
                ? await filing.FileGiftAsync(declarant, details, cancellationToken)
                : await filing.AmendGiftAsync(declarant, amending.Id, FormReaders.Kind(request.Inputs), details, cancellationToken);
            return CardActionResult.Replace(receipts.Gift(view));
        }
        catch (DomainRuleException refused)
        {
            return CardActionResult.Replace(FormErrors.WithNotice(check.Card, domainText.For(refused)));
        }
    }
}

/// <summary>A register rule's refusal shown above the form, which keeps what was typed.</summary>
internal static class FormErrors
{
    public static AdaptiveCard WithNotice(AdaptiveCard card, string message)
    {
        card.Body.Insert(0, new TextBlock(message) { Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder });
        return card;
    }
}
