using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Declarations;
using Microsoft.Extensions.Localization;
using static ComplianceBot.Bot.Features.Declarations.CardParts;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>The card the declarant gets, in their own language, when an officer has decided (Reg. 14.12, 14.13).</summary>
public sealed class DecisionNoticeCards(IStringLocalizer<DeclarationStrings> text, DeclarationFacts facts)
{
    public AdaptiveCard Gift(GiftView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var card = Notice(view.Number);
        card.Body.Add(facts.GiftDecision(view.Decision!));
        card.Body.Add(Paragraph(text.Require($"Notice_GiftNext_{view.Decision!.Outcome}")));
        card.Body.Add(facts.Gift(view));
        return card;
    }

    public AdaptiveCard Conflict(ConflictView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var card = Notice(view.Number);
        card.Body.Add(facts.ConflictAssessment(view.Assessment!));
        card.Body.Add(facts.Conflict(view));
        return card;
    }

    private AdaptiveCard Notice(string number)
    {
        var card = new AdaptiveCard();
        card.Body.Add(Heading(text.Require("Notice_Title", number)));
        card.Actions = [CardActions.Navigate(text.Require("Mine_Button"), CardVerbs.DeclarationsMine)];
        return card;
    }
}
