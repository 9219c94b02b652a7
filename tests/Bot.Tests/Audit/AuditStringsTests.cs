using System.Text.RegularExpressions;
using System.Xml.Linq;
using ComplianceBot.Bot.Tests.Cards;
using ComplianceBot.Domain.Audit;

namespace ComplianceBot.Bot.Tests.Audit;

public sealed class AuditStringsTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "src", "Bot", "Resources", "Audit");

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void Translation_HasEveryKey_NonEmpty_WithTheSamePlaceholders(string language)
    {
        var neutral = Read("AuditStrings.resx");
        var translated = Read($"AuditStrings.{language}.resx");

        Assert.Empty(neutral.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(neutral.Keys));
        Assert.All(translated, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{pair.Key} is empty"));
        Assert.All(neutral, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(translated[pair.Key])));
    }

    // The alert mail names each finding in words, so every finding the verifier can report has a text.
    [Fact]
    public void Findings_EachHasAText()
    {
        var neutral = Read("AuditStrings.resx");

        Assert.All(Enum.GetNames<AuditFinding>().Where(f => f != nameof(AuditFinding.None)), f => Assert.Contains("Finding_" + f, neutral.Keys));
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string[] Placeholders(string text) =>
        [.. Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal)];
}
