using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Choices;
using ComplianceBot.Bot.Resources.Declarations;
using Microsoft.Extensions.Localization;
using static ComplianceBot.Bot.Features.Declarations.CardParts;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>
/// "My declarations": the person's own gifts and conflicts, newest first, each with its status and decision;
/// a pending one offers "Supplement or correct", which files a new version (nothing is deleted).
/// </summary>
public sealed class MyDeclarationsCard(IStringLocalizer<DeclarationStrings> text, DeclarationFacts facts, DeclarationCalendar calendar, ChoiceTexts choices)
{
    /// <summary>The card shows at most this many, to stay well under the Teams card size limit.</summary>
    public const int MaxShown = 10;

    public AdaptiveCard Build(IReadOnlyList<GiftView> gifts, IReadOnlyList<ConflictView> conflicts)
    {
        ArgumentNullException.ThrowIfNull(gifts);
        ArgumentNullException.ThrowIfNull(conflicts);
        var card = new AdaptiveCard();
        card.Body.Add(Heading(text.Require("Mine_Title")));
        var items = gifts.Select(g => (g.FiledAt, Item: Gift(g)))
            .Concat(conflicts.Select(c => (c.FiledAt, Item: Conflict(c))))
            .OrderByDescending(x => x.FiledAt)
            .Take(MaxShown)
            .ToList();
        if (items.Count == 0)
        {
            card.Body.Add(Paragraph(text.Require("Mine_None")));
        }

        card.Body.AddRange(items.Select(x => x.Item));
        card.Actions =
        [
            CardActions.Navigate(text.Require("Menu_Gift"), CardVerbs.GiftStart),
            CardActions.Navigate(text.Require("Menu_Conflict"), CardVerbs.ConflictStart),
        ];
        return card;
    }

    private Container Gift(GiftView view)
    {
        var item = Item(text.Require("Mine_GiftLine", view.Number, Money(view.Details.EstimatedValueKzt)), view.FiledAt, view.Decision is null);
        if (view.Decision is { } decision)
        {
            item.Items.Add(facts.GiftDecision(decision));
        }
        else
        {
            item.Items.Add(AmendButton(DeclarationVerbs.GiftAmend, view.Id));
        }

        return item;
    }

    private Container Conflict(ConflictView view)
    {
        var item = Item(text.Require("Mine_ConflictLine", view.Number, choices.Label(view.Details.Area)), view.FiledAt, view.Assessment is null);
        if (view.Assessment is { } assessment)
        {
            item.Items.Add(facts.ConflictAssessment(assessment));
        }
        else
        {
            item.Items.Add(AmendButton(DeclarationVerbs.ConflictAmend, view.Id));
        }

        return item;
    }

    private Container Item(string line, DateTimeOffset filedAt, bool pending) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Items =
        [
            Paragraph(line, bold: true),
            Paragraph(text.Require(pending ? "Mine_Pending" : "Mine_Decided", DateTime(calendar.Local(filedAt)), Date(calendar.ReviewDeadline(filedAt))), subtle: true),
        ],
    };

    private ActionSet AmendButton(string verb, Guid id) => new()
    {
        Actions = [CardActions.Execute(text.Require("Mine_Amend"), verb, new Dictionary<string, string> { [DeclarationVerbs.DeclarationIdKey] = id.ToString() })],
    };
}
