using System.Text.RegularExpressions;
using System.Xml.Linq;
using ComplianceBot.Bot.Tests.Cards;

namespace ComplianceBot.Bot.Tests.Features.Trainings;

public sealed class TrainingResourceFilesTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "src", "Bot", "Resources", "Trainings");

    [Theory]
    [InlineData("TrainingStrings", "kk")]
    [InlineData("TrainingStrings", "ru")]
    [InlineData("NoticeStrings", "kk")]
    [InlineData("NoticeStrings", "ru")]
    public void Translation_HasEveryKey_NonEmpty_WithTheSamePlaceholders(string name, string language)
    {
        var neutral = Read($"{name}.resx");
        var translated = Read($"{name}.{language}.resx");

        Assert.Empty(neutral.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(neutral.Keys));
        Assert.All(translated, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{pair.Key} is empty"));
        Assert.All(neutral, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(translated[pair.Key])));
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string[] Placeholders(string text) =>
        [.. Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal)];
}
