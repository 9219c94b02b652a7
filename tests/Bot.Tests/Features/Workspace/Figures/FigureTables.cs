using System.Net;
using System.Text.RegularExpressions;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Figures;

/// <summary>Reads a chart's numbers back from the table beside it: row header → the row's cells.</summary>
internal static partial class FigureTables
{
    public static Dictionary<string, int[]> Rows(string html, string tableId)
    {
        var table = Regex.Match(html, $"<table[^>]*data-(?:chart-)?table=\"{tableId}\"[^>]*>(.*?)</table>", RegexOptions.Singleline);
        Assert.True(table.Success, $"No table {tableId} on the page.");
        return RowPattern().Matches(table.Groups[1].Value).ToDictionary(
            m => WebUtility.HtmlDecode(m.Groups["label"].Value.Trim()),
            m => CellPattern().Matches(m.Groups["cells"].Value).Select(c => int.Parse(c.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToArray());
    }

    /// <summary>A two-column chart table as label → count.</summary>
    public static Dictionary<string, int> Counts(string html, string tableId) => Rows(html, tableId).ToDictionary(r => r.Key, r => Assert.Single(r.Value));

    [GeneratedRegex("<th scope=\"row\">(?<label>.*?)</th>(?<cells>(?:\\s*<td[^>]*>[^<]*</td>)+)", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td[^>]*>\\s*([0-9,]+)\\s*</td>")]
    private static partial Regex CellPattern();
}
