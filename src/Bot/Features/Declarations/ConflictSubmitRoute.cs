using ComplianceBot.Bot.Cards.Forms;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Domain;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>The conflict form's submit: same contract as <see cref="GiftSubmitRoute"/> (Reg. 14.12).</summary>
internal sealed class ConflictSubmitRoute(ConflictFormCard form, FormValidator validator, DeclarationFiling filing, DeclarationQueries queries, ReceiptCards receipts, DomainErrorText domainText) : ICardActionRoute
{
    public string Verb => DeclarationVerbs.ConflictSubmit;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        var declarant = Declarant.Of(request.Turn);
        var amendId = FormReaders.DeclarationId(request.Inputs);
        ConflictView? amending = null;
        try
        {
            amending = amendId is { } id ? await queries.OwnConflictAsync(declarant, id, cancellationToken) : null;
        }
        catch (DomainRuleException refused)
        {
            return CardActionResult.Replace(FormErrors.WithNotice(validator.Validate(form.Build(), request.Inputs).Card, domainText.For(refused)));
        }


        var check = validator.Validate(form.Build(amending), request.Inputs);
        if (!check.IsValid)
        {
            return CardActionResult.Replace(check.Card);
        }

        try
        {
            var details = FormReaders.Conflict(request.Inputs);
            var view = amending is null
                ? await filing.FileConflictAsync(declarant, details, cancellationToken)
                : await filing.AmendConflictAsync(declarant, amending.Id, FormReaders.Kind(request.Inputs), details, cancellationToken);
            return CardActionResult.Replace(receipts.Conflict(view));
        }
        catch (DomainRuleException refused)
        {
            return CardActionResult.Replace(FormErrors.WithNotice(check.Card, domainText.For(refused)));
        }
    }
}
