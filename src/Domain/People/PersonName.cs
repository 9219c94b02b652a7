using System.Globalization;
using System.Text;

namespace ComplianceBot.Domain.People;

/// <summary>
/// Whether a name a reporter typed may be the person a directory name belongs to (Reg. 24.2: a person concerned never
/// handles or investigates the case). A reporter writes "Bekov Serik", "Бекова А.", "serik  bekov": the words are
/// compared without case, punctuation, accents or order, and an initial stands for any word beginning with it. Every
/// word of the shorter name must be matched by a different word of the longer, and at least one of them in full. A
/// doubtful match recuses: another officer handles the case, which costs far less than a conflicted one handling it.
/// </summary>
public static class PersonName
{
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

            plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return [.. plain.ToString().Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }
}
