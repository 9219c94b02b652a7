using System.Net;
using System.Text;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Resources.Trainings;
using ComplianceBot.Graph;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Delivery.Graph;

/// <summary>
/// Writes a notice mail in Kazakh or Russian from the notice's fields only — number, category, date, status,
/// counts — so nothing that could identify a reporter can reach the mail (Reg. 23.2).
/// </summary>
public sealed class NoticeMailComposer(IStringLocalizer<NoticeStrings> text)
{
    public OutgoingMail Compose(NoticePayload notice, string to, string language, string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(notice);
        using var culture = CultureScope.Enter(language is "ru" ? "ru" : "kk");
        var type = TypeTitle(notice.NoticeType);
        var body = new StringBuilder()
            .Append("<p>").Append(Encode(text.Require("Mail_Intro"))).Append("</p><table>");
        Row(body, text.Require("Mail_Type"), type);
        Row(body, text.Require("Mail_Number"), notice.Number);
        Row(body, text.Require("Mail_Category"), notice.Category);
        Row(body, text.Require("Mail_Date"), notice.Date);
        Row(body, text.Require("Mail_Status"), notice.Status);
        foreach (var (line, count) in notice.Counts ?? new Dictionary<string, int>())
        {
            Row(body, line, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        body.Append("</table><p>").Append(Encode(text.Require("Mail_Footer"))).Append("</p>");
        return new OutgoingMail
        {
            To = [to],
            Subject = text.Require("Mail_Subject", type, notice.Number),
            HtmlBody = body.ToString(),
            IdempotencyKey = idempotencyKey,
        };
    }

    private string TypeTitle(string noticeType)
    {
        var key = "Type_" + new string(noticeType.Where(char.IsLetterOrDigit).ToArray());
        var found = text[key];
        return found.ResourceNotFound ? text.Require("Type_Other") : found.Value;
    }

    private static void Row(StringBuilder body, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            body.Append("<tr><th align=\"left\">").Append(Encode(label)).Append("</th><td>").Append(Encode(value)).Append("</td></tr>");
        }
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
