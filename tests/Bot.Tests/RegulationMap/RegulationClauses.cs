using System.Text.RegularExpressions;

namespace ComplianceBot.Bot.Tests.RegulationMap;

/// <summary>
/// The clauses of docs/regulation.md (the shared regulation summary, copied into the repository) that ask something
/// of the software: a table row whose "software" column is filled, a bold power, obligation or prohibition
/// ("(3) **conduct internal investigations…**" in clause 22 is 22.3), and a paragraph followed by an arrow line.
/// </summary>
internal static partial class RegulationClauses
{
    public static IReadOnlyList<string> AskingSoftware(string markdown)
    {
        var clauses = new List<string>();
        string? paragraph = null;
        foreach (var line in markdown.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            var row = TableRow().Match(line);
            if (row.Success)
            {
                if (row.Groups["software"].Value.Trim().Length > 0)
                {
                    clauses.Add(row.Groups["clause"].Value);
                }

                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                paragraph = null;
            }

            var head = ParagraphHead().Match(line);
            if (head.Success)
            {
                paragraph = head.Groups["clause"].Value;
            }

            if (paragraph is not null)
            {
                clauses.AddRange(BoldItem().Matches(line).Select(m => $"{paragraph}.{m.Groups["item"].Value}"));
                if (line.Contains('→'))
                {
                    clauses.Add(paragraph);
                }
            }
        }

        return clauses.Distinct().ToList();
    }

    [GeneratedRegex(@"^\|\s*(?<clause>\d+(?:\.\d+)?(?:–\d+)?)\s*\|[^|]*\|(?<software>[^|]*)\|\s*$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^\*\*(?<clause>\d+(?:–\d+)?)\.")]
    private static partial Regex ParagraphHead();

    [GeneratedRegex(@"\((?<item>\d+)\)\s*\*\*")]
    private static partial Regex BoldItem();
}
