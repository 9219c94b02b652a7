using System.Globalization;
using System.Text;

namespace ComplianceBot.Domain.People;

/// <summary>
/// Whether a name a reporter typed may be the person a directory name belongs to (Reg. 24.2: a person concerned never
/// handles or investigates the case). A reporter writes "Bekov Serik", "Бекова А.", "serik  bekov": the words are
/// compared without case, punctuation, accents or order, and an initial stands for any word beginning with it. Every
/// word of the shorter name must be matched by a different word of the longer, and at least one of them in full. A
/// doubtful match recuses: another officer handles the case, which costs far less than a conflicted one handling it.
/// Case is folded to lower(upper(c)), so two letters that an ordinal case-blind comparison holds equal ("ı" and "i")
/// fold alike too. <see cref="Key"/> is the folded words joined by one space: stored beside a person concerned, it lets
/// a query find the few names that may match (decision 144).
/// </summary>
public static class PersonName
{
    /// <summary>The name's folded words joined by one space ("Бекова  А." → "бекова а"); empty for no word.</summary>
    public static string Key(string? name) => string.Join(' ', Words(name));

    /// <summary>
    /// The words of <paramref name="name"/> that a match needs one of (<see cref="MayBeTheSamePerson"/> matches at
    /// least one word of two or more letters in full), each with a space either side: a name whose
    /// <c>" " + Key + " "</c> contains none of them is not the same person.
    /// </summary>
    public static IReadOnlyList<string> FullWordNeedles(string? name) =>
        [.. Words(name).Where(w => w.Length > 1).Distinct(StringComparer.Ordinal).Select(w => " " + w + " ")];

    public static bool MayBeTheSamePerson(string? typed, string? directoryName)
    {
        var a = Words(typed);
        var b = Words(directoryName);
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        if (shorter.Count == 1 && longer.Count > 1)
        {
            // One word alone ("Serik") names too many people to recuse on; the full name must be given.
            return false;
        }

        var unused = new List<string>(longer);
        var fullWordMatched = false;
        foreach (var word in shorter.OrderByDescending(w => w.Length))
        {
            var match = unused.FindIndex(other => Matches(word, other));
            if (match < 0)
            {
                return false;
            }

            fullWordMatched |= word.Length > 1 && unused[match].Length > 1;
            unused.RemoveAt(match);
        }

        return fullWordMatched;
    }

    private static bool Matches(string word, string other) =>
        word == other
        || (word.Length == 1 && other.StartsWith(word, StringComparison.Ordinal))
        || (other.Length == 1 && word.StartsWith(other, StringComparison.Ordinal));

    /// <summary>Lower case after upper case: letters that an ordinal case-blind comparison holds equal fold alike.</summary>
    internal static char Fold(char c) => char.ToLowerInvariant(char.ToUpperInvariant(c));

    private static List<string> Words(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var plain = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsLetterOrDigit(c) ? Fold(c) : ' ');
        }

        return [.. plain.ToString().Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }
}
