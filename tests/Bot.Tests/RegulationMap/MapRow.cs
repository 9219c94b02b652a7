using System.Text.RegularExpressions;

namespace ComplianceBot.Bot.Tests.RegulationMap;

/// <summary>One row of docs/regulation-map.md: | clause | what the software does | rules | tests | status |.</summary>
internal sealed partial record MapRow(string Clause, IReadOnlyList<string> Rules, IReadOnlyList<string> Tests, string Status)
{
    public static IReadOnlyList<MapRow> ReadAll(string markdown) =>
        markdown.Split('\n')
            .Select(l => Row().Match(l.TrimEnd('\r')))
            .Where(m => m.Success)
            .Select(m => new MapRow(
                m.Groups["clause"].Value,
                Names(m.Groups["rules"].Value),
                Names(m.Groups["tests"].Value),
                m.Groups["status"].Value.Trim()))
            .ToList();

    private static List<string> Names(string cell) =>
        Code().Matches(cell).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex(@"^\|\s*(?<clause>(?:Inv\. )?\d+(?:\.\d+)?(?:–\d+)?)\s*\|[^|]*\|(?<rules>[^|]*)\|(?<tests>[^|]*)\|(?<status>[^|]*)\|\s*$")]
    private static partial Regex Row();

    [GeneratedRegex(@"`([A-Za-z_][A-Za-z0-9_.]*)`")]
    private static partial Regex Code();
}
