using System.Globalization;
using System.Net;
using System.Text;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Resources.Trainings;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Graph;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.DirectorNotices;

/// <summary>
/// Writes a notice mail in Kazakh, Russian or English from the notice's fields only — number, category, date,
/// status, counts — so nothing that could identify a reporter can reach the mail (Reg. 23.2). Each notice type has
/// its own subject and opening line (Subject_*/Intro_* in NoticeStrings) saying what happened; an unknown type
/// gets the general ones.
/// </summary>
public sealed class NoticeMailComposer(IStringLocalizer<NoticeStrings> text, NoticeLabels labels)
{
    /// <summary>Kazakh unless the recipient prefers Russian or English (Organization default for the director).</summary>
    public static string MailLanguage(string? preferred) => preferred is "ru" or "en" ? preferred : "kk";

    public OutgoingMail Compose(NoticePayload notice, string to, string language, string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(notice);
        using var culture = CultureScope.Enter(MailLanguage(language));
        var body = new StringBuilder();
        Paragraph(body, Intro(notice));
        if (notice.Items is { } items)
        {
            DigestTable(body, items);
        }
        else
        {
            body.Append("<table>");
            Row(body, text.Require("Mail_Type"), labels.Type(notice.NoticeType));
            Row(body, text.Require("Mail_Number"), notice.Number);
            if (notice.NoticeType != DirectorNoticeKinds.PeriodicReport)
            {
                Row(body, text.Require("Mail_Category"), labels.Category(notice.Category));
                Row(body, text.Require("Mail_Date"), NoticeLabels.Date(notice.Date));
                Row(body, text.Require("Mail_Status"), labels.Status(notice.NoticeType, notice.Status));
                Row(body, text.Require("Mail_Outcome"), notice.Outcome is { } outcome ? labels.Outcome(outcome) : null);
                Row(body, text.Require("Mail_Summary"), notice.Summary);
            }

            foreach (var (line, count) in notice.Counts ?? new Dictionary<string, int>())
            {
                Row(body, labels.CountLine(line), count.ToString(CultureInfo.CurrentCulture));
            }

            body.Append("</table>");
        }

        Paragraph(body, text.Require("Mail_Footer"));
        return new OutgoingMail
        {
            To = [to],
            Subject = Subject(notice),
            HtmlBody = body.ToString(),
            IdempotencyKey = idempotencyKey,
        };
    }

    /// <summary>The subject in the current culture; also the heading of the matching Teams card.</summary>
    public string Subject(NoticePayload notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var category = labels.Category(notice.Category);
        return notice.NoticeType switch
        {
            DirectorNoticeKinds.DailyDigest => text.Require("Subject_DailyDigest", NoticeLabels.Date(notice.Date), (notice.Items?.Count ?? 0).ToString(CultureInfo.CurrentCulture)),
            DirectorNoticeKinds.PeriodicReport => text.Require("Subject_PeriodicReport", notice.Number),
            _ => Find("Subject_" + notice.NoticeType, notice.Number, category) ?? text.Require("Mail_Subject", labels.Type(notice.NoticeType), notice.Number),
        };
    }

    /// <summary>The opening line: what happened, with number and date; also the Teams card's first line.</summary>
    public string Intro(NoticePayload notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice.NoticeType switch
        {
            DirectorNoticeKinds.DailyDigest => text.Require("Intro_DailyDigest", NoticeLabels.Date(notice.Date)),
            DirectorNoticeKinds.PeriodicReport => text.Require("Intro_PeriodicReport", notice.Number, NoticeLabels.Date(notice.Date)),
            _ => Find("Intro_" + notice.NoticeType, notice.Number, NoticeLabels.Date(notice.Date)) ?? text.Require("Mail_Intro"),
        };
    }

    private void DigestTable(StringBuilder body, IReadOnlyList<NoticeItem> items)
    {
        body.Append("<table><tr>");
        foreach (var header in new[] { "Mail_Type", "Mail_Number", "Mail_Category", "Mail_Date", "Mail_Status" })
        {
            body.Append("<th align=\"left\">").Append(Encode(text.Require(header))).Append("</th>");
        }

        body.Append("</tr>");
        foreach (var item in items)
        {
            body.Append("<tr>");
            foreach (var cell in new[] { labels.Type(item.NoticeType), item.Number, labels.Category(item.Category), NoticeLabels.Date(item.Date), labels.Status(item.NoticeType, item.Status) })
            {
                body.Append("<td>").Append(Encode(cell)).Append("</td>");
            }

            body.Append("</tr>");
        }

        body.Append("</table>");
    }

    private string? Find(string key, params object[] arguments)
    {
        var found = text[key, arguments];
        return found.ResourceNotFound ? null : found.Value;
    }

    private static void Paragraph(StringBuilder body, string value) => body.Append("<p>").Append(Encode(value)).Append("</p>");

    private static void Row(StringBuilder body, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            body.Append("<tr><th align=\"left\">").Append(Encode(label)).Append("</th><td>").Append(Encode(value)).Append("</td></tr>");
        }
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
