using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Declarations;
using Microsoft.Extensions.Localization;
using static ComplianceBot.Bot.Features.Declarations.CardParts;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>
/// What the declarant sees once the declaration is committed: its number, what happens next and by when
/// (Declarations:ReviewWorkingDays), and the hand-over guidance when a gift is above the threshold.
/// </summary>
public sealed class ReceiptCards(IStringLocalizer<DeclarationStrings> text, DeclarationFacts facts, DeclarationCalendar calendar)
{
    public AdaptiveCard Gift(GiftView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var card = Receipt(view.Number, view.Version, view.FiledAt);
        if (facts.HandOverWarning(view) is { } warning)
        {
            card.Body.Add(warning);
        }

        card.Body.Add(facts.Gift(view));
        return card;
    }

    public AdaptiveCard Conflict(ConflictView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var card = Receipt(view.Number, view.Version, view.FiledAt);
        card.Body.Add(Paragraph(text.Require("Receipt_ConflictMeanwhile")));
        card.Body.Add(facts.Conflict(view));
        return card;
    }

    private AdaptiveCard Receipt(string number, int version, DateTimeOffset filedAt)
    {
        var card = new AdaptiveCard();
        card.Body.Add(Heading(version == 1 ? text.Require("Receipt_Title", number) : text.Require("Receipt_AmendedTitle", number, version)));
        card.Body.Add(Notice(text.Require("Receipt_Number", number), TextColor.Good));
        card.Body.Add(Paragraph(text.Require("Receipt_Next", Date(calendar.ReviewDeadline(filedAt)))));
        card.Actions = [CardActions.Navigate(text.Require("Mine_Button"), Cards.CardVerbs.DeclarationsMine)];
        return card;
    }
}
