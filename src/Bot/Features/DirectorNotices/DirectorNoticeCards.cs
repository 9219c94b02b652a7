using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Trainings;
using ComplianceBot.Domain.Notices;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.DirectorNotices;

/// <summary>
/// The director's Teams card beside a mail that has no card of its own flow: the daily digest and the periodic
/// report (issue 6: mail and a card where the director has the app). Same fields as the mail, never an identity.
/// </summary>
public sealed class DirectorNoticeCards(IStringLocalizer<NoticeStrings> text, NoticeLabels labels, NoticeMailComposer composer)
{
    /// <summary>Items shown on the card; the rest are in the mail (Teams' card size limit).</summary>
    public const int MaxItemsOnCard = 15;

    /// <param name="notice">The notice, as mailed.</param>
    /// <param name="noticeKey">The notice's key: the card then offers "Acknowledge" (issue 18); none on a sample.</param>
    /// <param name="acknowledgedOn">When the director acknowledged it, written for the reader: shown instead of the button.</param>
    public AdaptiveCard For(NoticePayload notice, string? noticeKey = null, string? acknowledgedOn = null)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var card = new AdaptiveCard();
        card.Body.Add(new TextBlock(composer.Subject(notice)) { Style = TextBlockStyle.Heading, Weight = TextWeight.Bolder, Wrap = true });
        card.Body.Add(new TextBlock(composer.Intro(notice)) { Wrap = true });
        foreach (var item in (notice.Items ?? []).Take(MaxItemsOnCard))
        {
            card.Body.Add(new FactSet
            {
                Separator = true,
                Facts =
                [
                    new Fact(text.Require("Mail_Type"), labels.Type(item.NoticeType)),
                    new Fact(text.Require("Mail_Number"), item.Number),
                    new Fact(text.Require("Mail_Category"), labels.Category(item.Category)),
                    new Fact(text.Require("Mail_Date"), NoticeLabels.Date(item.Date)),
                    new Fact(text.Require("Mail_Status"), labels.Status(item.NoticeType, item.Status)),
                ],
            });
        }

        if (notice.Items is { Count: > MaxItemsOnCard } all)
        {
            card.Body.Add(new TextBlock(text.Require("Card_More", (all.Count - MaxItemsOnCard).ToString(CultureInfo.CurrentCulture))) { Wrap = true });
        }

        if (notice.Counts is { Count: > 0 } counts)
        {
            card.Body.Add(new FactSet { Facts = [.. counts.Select(c => new Fact(labels.CountLine(c.Key), c.Value.ToString(CultureInfo.CurrentCulture)))] });
        }

        card.Body.Add(new TextBlock(text.Require("Card_SeeMail")) { Wrap = true, IsSubtle = true });
        AddAcknowledgement(card, noticeKey, acknowledgedOn);
        return card;
    }

    /// <summary>The director's "Acknowledge" on any of their notice cards, or the line saying when they did.</summary>
    public void AddAcknowledgement(AdaptiveCard card, string? noticeKey, string? acknowledgedOn = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (acknowledgedOn is not null)
        {
            card.Body.Add(new TextBlock(text.Require("Card_AcknowledgedOn", acknowledgedOn)) { Wrap = true, Color = TextColor.Good });
        }
        else if (noticeKey is not null)
        {
            card.Body.Add(new ActionSet
            {
                Actions = [CardActions.Execute(text.Require("Card_Acknowledge"), DirectorNoticeVerbs.Acknowledge,
                    new Dictionary<string, string>(StringComparer.Ordinal) { [DirectorNoticeVerbs.NoticeKey] = noticeKey })],
            });
        }
    }

    /// <summary>The answer to an acknowledgement the rules refused (a forged or stale card): the reason only.</summary>
    public static AdaptiveCard Refused(string reason)
    {
        var card = new AdaptiveCard();
        card.Body.Add(new TextBlock(reason) { Wrap = true, Color = TextColor.Warning });
        return card;
    }
}

/// <summary>Samples for <c>cards export</c> and the adaptivecards check.</summary>
internal static class DirectorNoticeSamples
{
    public static readonly DateTimeOffset At = new(2026, 3, 10, 4, 0, 0, TimeSpan.Zero);

    public static NoticePayload Digest { get; } = new(DirectorNoticeKinds.DailyDigest, "2026-03-10", DirectorNoticeKinds.DailyDigest, "2026-03-10", null, At)
    {
        Items =
        [
            new(DirectorNoticeKinds.ReportClosed, "R-2026-0007", "Procurement", "2026-02-27", "Closed"),
            new(DirectorNoticeKinds.GiftDeclared, "G-2026-0031", "GiftOrHospitality", "2026-03-09", "Pending"),
            new(DirectorNoticeKinds.ConflictDeclared, "C-2026-0012", "ConflictOfInterest", "2026-03-09", "Pending"),
        ],
    };

    public static NoticePayload PeriodicReport { get; } = new(DirectorNoticeKinds.PeriodicReport, "2026-02", "Reg. 29", "2026-02-28", null, At)
    {
        Counts = new SortedDictionary<string, int>(StringComparer.Ordinal)
        {
            ["conflicts.Decided"] = 2,
            ["gifts.Pending"] = 1,
            ["reports.Bribery.UnderInvestigation"] = 1,
            ["trainings.attended"] = 14,
            ["trainings.sessions"] = 2,
        },
    };
}

internal sealed class DirectorDigestCardEntry(DirectorNoticeCards cards) : ICardCatalogEntry
{
    public string Name => "director-daily-digest";

    public AdaptiveCard CreateSample() => cards.For(DirectorNoticeSamples.Digest);
}

internal sealed class DirectorPeriodicReportCardEntry(DirectorNoticeCards cards) : ICardCatalogEntry
{
    public string Name => "director-periodic-report";

    public AdaptiveCard CreateSample() => cards.For(DirectorNoticeSamples.PeriodicReport);
}
