using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Trainings;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.DirectorNotices;

/// <summary>The officers' card about a notice that is late or failed (Reg. 23.3): number and category only.</summary>
public sealed class NoticeAlertCards(IStringLocalizer<NoticeStrings> text, NoticeLabels labels)
{
    public AdaptiveCard Alert(NoticeDelivery notice, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var minutes = (int)Math.Ceiling(((notice.DeliveredAt ?? notice.FailedAt ?? now) - notice.EventAt).TotalMinutes);
        var state = notice.FailedAt is not null ? text.Require("Alert_Failed")
            : notice.DeliveredAt is not null ? text.Require("Alert_DeliveredLate", minutes.ToString(CultureInfo.CurrentCulture))
            : text.Require("Alert_NotYetDelivered", minutes.ToString(CultureInfo.CurrentCulture));
        var card = new AdaptiveCard();
        card.Body.Add(new TextBlock(text.Require("Alert_Title")) { Style = TextBlockStyle.Heading, Weight = TextWeight.Bolder, Wrap = true, Color = TextColor.Attention });
        card.Body.Add(new FactSet
        {
            Facts =
            [
                new Fact(text.Require("Mail_Number"), notice.Number),
                new Fact(text.Require("Mail_Category"), labels.Category(notice.Category)),
            ],
        });
        card.Body.Add(new TextBlock(state) { Wrap = true });
        card.Body.Add(new TextBlock(text.Require("Alert_Advice")) { Wrap = true, IsSubtle = true });
        return card;
    }
}

internal sealed class NoticeAlertCardEntry(NoticeAlertCards cards) : ICardCatalogEntry
{
    public string Name => "notice-late-alert";

    public AdaptiveCard CreateSample()
    {
        var at = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
        var notice = NoticeDelivery.Start("sample", OutboxKinds.DirectorMail, "R-2026-0007", "Bribery", at);
        notice.Delivered(at.AddMinutes(9), TimeSpan.FromMinutes(5));
        return cards.Alert(notice, at.AddMinutes(9));
    }
}
