using System.Globalization;
using System.Text;

namespace ComplianceBot.Graph.Local;

/// <summary>An RFC 5322 / MIME message: UTF-8 HTML body in base64, non-ASCII headers as RFC 2047 encoded-words.</summary>
internal static class EmlWriter
{
    /// <summary>75 characters per encoded-word leave 63 for base64, i.e. 45 bytes of UTF-8 per word.</summary>
    private const int BytesPerWord = 45;

    public static string Write(OutgoingMail mail, string from, string messageId, DateTimeOffset date)
    {
        var builder = new StringBuilder();
        Header(builder, "From", from);
        Header(builder, "To", string.Join(", ", mail.To));
        if (mail.Cc.Count > 0)
        {
            Header(builder, "Cc", string.Join(", ", mail.Cc));
        }

        Header(builder, "Subject", EncodeWord(mail.Subject));
        Header(builder, "Date", date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + date.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", string.Empty, StringComparison.Ordinal));
        Header(builder, "Message-ID", $"<{messageId}>");
        if (!string.IsNullOrWhiteSpace(mail.IdempotencyKey))
        {
            Header(builder, "X-ComplianceBot-Key", Ascii(mail.IdempotencyKey));
        }

        Header(builder, "MIME-Version", "1.0");
        Header(builder, "Content-Type", "text/html; charset=utf-8");
        Header(builder, "Content-Transfer-Encoding", "base64");
        builder.Append("\r\n");
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes(mail.HtmlBody));
        for (var i = 0; i < body.Length; i += 76)
        {
            builder.Append(body.AsSpan(i, Math.Min(76, body.Length - i))).Append("\r\n");
        }

        return builder.ToString();
    }

    /// <summary>ASCII text stays as it is; anything else becomes encoded-words folded onto continuation lines.</summary>
    internal static string EncodeWord(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            return text;
        }

        var words = new List<string>();
        var chunk = new StringBuilder();
        var bytes = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > BytesPerWord)
            {
                words.Add(Word(chunk.ToString()));
                chunk.Clear();
                bytes = 0;
            }

            chunk.Append(Rune.IsControl(rune) ? " " : rune.ToString());
            bytes += rune.Utf8SequenceLength;
        }

        words.Add(Word(chunk.ToString()));
        return string.Join("\r\n ", words);
    }

    private static string Word(string text) => $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}?=";

    private static string Ascii(string value) => new([.. value.Select(c => c is >= ' ' and <= '~' ? c : '_')]);

    private static void Header(StringBuilder builder, string name, string value) =>
        builder.Append(name).Append(": ").Append(value).Append("\r\n");
}
