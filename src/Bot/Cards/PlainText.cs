using System.Text;

namespace ComplianceBot.Bot.Cards;

/// <summary>
/// Text shown as plain text in a TextBlock or a Fact, which Teams renders as a Markdown subset (bold, italic, lists,
/// <c>[title](url)</c> links) and in which it turns bare URLs into links. A reporter or declarant must not be able to
/// plant a link or emphasis that looks as if the compliance bot wrote it (decision 121). Every TextBlock and Fact goes
/// through here on the wire (<see cref="CardJson"/>); the bot's own texts use no Markdown either.
/// </summary>
public static class PlainText
{
    /// <summary>Zero-width space: separates <c>]</c> from <c>(</c> and <c>:</c> from <c>//</c> without a visible mark.</summary>
    private const char Break = '\u200B';

    /// <summary>One dot leader: looks like a full stop, but no link recogniser takes it for the dot of a host name.</summary>
    private const char Dot = '\u2024';

    private const string Escaped = "\\*_~`[]<>#|&";

    /// <summary>Markdown escaped and links broken: for anything a person typed.</summary>
    public static string Of(string? text) => Render(text, breakLinks: true);

    /// <summary>
    /// Markdown escaped, every character kept: for a value the reader must copy exactly (a passphrase); a link in it
    /// can only have been typed by the reader themselves.
    /// </summary>
    public static string Verbatim(string? text) => Render(text, breakLinks: false);

    private static string Render(string? text, bool breakLinks)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var result = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                result.Append(c);
                lineStart = true;
                continue;
            }

            if (lineStart && c is ' ' or '\t')
            {
                result.Append(c);
                continue;
            }

            if (lineStart && TryListMarker(text, ref i, result))
            {
                lineStart = false;
                continue;
            }

            lineStart = false;
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var previous = i > 0 ? text[i - 1] : '\0';
            if (Escaped.Contains(c, StringComparison.Ordinal))
            {
                result.Append('\\').Append(c);
                if (c == ']' && breakLinks)
                {
                    result.Append(Break);
                }
            }
            else if (breakLinks && c == ':' && next == '/' && i + 2 < text.Length && text[i + 2] == '/')
            {
                result.Append(c).Append(Break);
            }
            else if (breakLinks && c == '{' && next == '{')
            {
                result.Append(c).Append(Break);
            }
            else if (breakLinks && c == '.' && char.IsLetterOrDigit(previous) && char.IsLetter(next))
            {
                result.Append(Dot);
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>A line that starts "- ", "+ ", "= " or "12. " / "12) " would become a list or heading: its marker is escaped.</summary>
    private static bool TryListMarker(string text, ref int i, StringBuilder result)
    {
        var c = text[i];
        if (c is '-' or '+' or '=')
        {
            result.Append('\\').Append(c);
            return true;
        }

        var end = i;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end == i || end >= text.Length || text[end] is not ('.' or ')'))
        {
            return false;
        }

        result.Append(text, i, end - i).Append('\\').Append(text[end]);
        i = end;
        return true;
    }
}
