using System.Xml.Linq;
using ComplianceBot.Bot.Tests.Cards;
using ComplianceBot.Domain;

namespace ComplianceBot.Bot.Tests.Features.Attestation;

public sealed class AttestationResourcesTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "src", "Bot", "Resources", "Attestation");

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void Translation_SameKeysNonEmptyNotEnglish_SamePlaceholders(string language)
    {
        var neutral = Read("AttestationStrings.resx");
        var translated = Read($"AttestationStrings.{language}.resx");

        Assert.Equal(neutral.Keys.Order(StringComparer.Ordinal), translated.Keys.Order(StringComparer.Ordinal));
        Assert.All(translated, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{pair.Key} is empty"));
        Assert.All(translated, pair => Assert.NotEqual(neutral[pair.Key], pair.Value));
        Assert.All(neutral, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(translated[pair.Key])));
    }

    // One definition per rule text: the attestation rules' texts live in DomainStrings only (decision 127).
    [Theory]
    [InlineData("AttestationStrings.resx")]
    [InlineData("AttestationStrings.ru.resx")]
    [InlineData("AttestationStrings.kk.resx")]
    public void Resource_HoldsNoCopyOfARuleText(string file) =>
        Assert.Empty(Read(file).Keys.Intersect(DomainMessageKeys.All));

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal)];
}
