using System.Text.RegularExpressions;
using ComplianceBot.Bot.Tests.Cards;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Bot.Tests.RegulationMap;

/// <summary>
/// Keeps docs/regulation-map.md true: every clause of the regulation that asks something of the software has a row;
/// every rule a row names is a type whose source cites that clause; every test a row names exists; a clause not
/// built yet says which open issue builds it.
/// </summary>
public sealed partial class RegulationMapTests
{
    private static readonly string Root = RepositoryPaths.Root;
    private static readonly IReadOnlyList<MapRow> Rows = MapRow.ReadAll(File.ReadAllText(Path.Combine(Root, "docs", "regulation-map.md")));
    private static readonly Lazy<Dictionary<string, string>> SourceFiles = new(() => CSharpFiles("src"));
    private static readonly Lazy<Dictionary<string, string>> TestFiles = new(() => CSharpFiles("tests"));

    [Fact]
    public void EveryClauseAskingSomethingOfTheSoftware_HasARow()
    {
        var asked = RegulationClauses.AskingSoftware(File.ReadAllText(Path.Combine(Root, "docs", "regulation.md")));

        Assert.True(asked.Count >= 30, $"only {asked.Count} clauses read from docs/regulation.md");
        Assert.Empty(asked.Except(Rows.Select(r => r.Clause)));
    }

    [Fact]
    public void EveryRow_NamesRulesAndTests_OrTheIssueThatBuildsIt()
    {
        foreach (var row in Rows)
        {
            var planned = row.Status.Contains("not built", StringComparison.OrdinalIgnoreCase);
            Assert.True(planned ? IssueNumber().IsMatch(row.Status) : row.Rules.Count > 0 && row.Tests.Count > 0,
                $"Reg. {row.Clause}: name its rules and tests, or say \"not built (issue N)\"");
        }
    }

    [Fact]
    public void EveryNamedRule_IsATypeWhoseSourceCitesItsClause()
    {
        foreach (var row in Rows)
        {
            foreach (var rule in row.Rules)
            {
                var (type, member) = rule.Contains('.', StringComparison.Ordinal) ? (rule[..rule.IndexOf('.')], rule[(rule.IndexOf('.') + 1)..]) : (rule, null);
                var declaration = TypeDeclaration(type);
                var files = SourceFiles.Value.Where(f => declaration.IsMatch(f.Value)
                    && (member is null || Regex.IsMatch(f.Value, $@"\b{Regex.Escape(member)}\b"))).ToList();
                Assert.True(files.Count > 0, $"Reg. {row.Clause}: no type {rule} under src/");
                Assert.True(files.Any(f => CitesClause(f.Value, row.Clause)),
                    $"Reg. {row.Clause}: {rule} ({string.Join(", ", files.Select(f => Relative(f.Key)))}) does not cite the clause");
            }
        }
    }

    [Fact]
    public void EveryClauseADomainRuleCarries_HasARow()
    {
        var clauses = DomainRule.All.SelectMany(r => r.Clause.Split(", ")).Distinct();

        var missing = clauses.Where(c => !Rows.Any(r => Covers(r.Clause, c))).ToList();
        Assert.True(missing.Count == 0, "no row for Reg. " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryNamedTest_Exists()
    {
        foreach (var test in Rows.SelectMany(r => r.Tests.Select(t => (r.Clause, Test: t))))
        {
            var (type, method) = (test.Test[..test.Test.LastIndexOf('.')], test.Test[(test.Test.LastIndexOf('.') + 1)..]);
            var declares = new Regex($@"\b(?:void|Task)\s+{Regex.Escape(method)}\s*\(");
            var declaration = TypeDeclaration(type);
            Assert.True(TestFiles.Value.Values.Any(text => declaration.IsMatch(text) && declares.IsMatch(text)),
                $"Reg. {test.Clause}: no test {test.Test} under tests/");
        }
    }

    /// <summary>
    /// Whether <paramref name="source"/> cites <paramref name="clause"/>: "Reg. 24.1" or "Reg. 14.12, 24.1" (not 24.13), a clause string
    /// ("24.1", as a <c>DomainRule</c> carries it), "Reg. 6" for "6–7"; a whole clause such as 24 is also cited by its
    /// items (24.5); an invariant ("Inv. 4") by that string or "invariant 4".
    /// </summary>
    internal static bool CitesClause(string source, string clause)
    {
        if (clause.StartsWith("Inv. ", StringComparison.Ordinal))
        {
            var number = clause["Inv. ".Length..];
            return source.Contains($"\"{clause}\"", StringComparison.Ordinal)
                || Regex.IsMatch(source, $@"\binvariant {number}\b", RegexOptions.IgnoreCase);
        }

        var first = Regex.Escape(clause.Split('–')[0]);
        var items = clause.Contains('.', StringComparison.Ordinal) ? "" : @"(?:\.\d+)?";
        return Regex.IsMatch(source, $@"Reg\.\s*(?:[\d.–]+(?:,| and)\s*)*{first}{items}(?!\d|\.\d)|""{Regex.Escape(clause)}""|""{first}""");
    }

    /// <summary>A row covers its own clause, a clause inside its range (15–19 covers 17) and the items of a whole clause (24 covers 24.5).</summary>
    internal static bool Covers(string row, string clause)
    {
        if (row == clause || (!row.Contains('.', StringComparison.Ordinal) && clause.StartsWith(row + ".", StringComparison.Ordinal)))
        {
            return true;
        }

        var range = row.Split('–');
        return range.Length == 2 && int.TryParse(clause, out var n) && n >= int.Parse(range[0]) && n <= int.Parse(range[1]);
    }

    private static Regex TypeDeclaration(string name) =>
        new($@"\b(?:class|record|struct|interface|enum)\s+{Regex.Escape(name)}\b");

    private static Dictionary<string, string> CSharpFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => f, File.ReadAllText);

    private static string Relative(string path) => Path.GetRelativePath(Root, path);

    [GeneratedRegex(@"issue \d+")]
    private static partial Regex IssueNumber();
}
