using System.Xml.Linq;
using ComplianceBot.Bot.Tests.Cards;
using ComplianceBot.Domain;

namespace ComplianceBot.Bot.Tests.Features.Declarations;

/// <summary>The declaration texts exist in kk, ru and en with the same keys, none empty, the same placeholders.</summary>
public sealed class DeclarationStringsTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "src", "Bot", "Resources", "Declarations");

    [Fact]
    public void DeclarationStrings_EveryLanguage_HasTheSameNonEmptyKeysAndPlaceholders()
    {
        var english = Read("DeclarationStrings.resx");
        foreach (var file in new[] { "DeclarationStrings.ru.resx", "DeclarationStrings.kk.resx" })
        {
            var other = Read(file);
            Assert.Equal(english.Keys.Order(StringComparer.Ordinal), other.Keys.Order(StringComparer.Ordinal));
            Assert.All(other, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{file}: {pair.Key} is empty"));
            Assert.All(english, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(other[pair.Key])));
        }
    }

    // One definition per rule text: the declaration rules' texts live in DomainStrings only (decision 127).
    [Theory]
    [InlineData("DeclarationStrings.resx")]
    [InlineData("DeclarationStrings.ru.resx")]
    [InlineData("DeclarationStrings.kk.resx")]
    public void DeclarationStrings_HoldNoCopyOfARuleText(string file) =>
        Assert.Empty(Read(file).Keys.Intersect(DomainMessageKeys.All));

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value, StringComparer.Ordinal);

    private static List<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+(:[^}]*)?\}").Select(m => m.Value).Order(StringComparer.Ordinal)];
}
