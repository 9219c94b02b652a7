using System.Text.RegularExpressions;
using System.Xml.Linq;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Resources.Reports;
using ComplianceBot.Bot.Tests.Cards;
using ComplianceBot.Bot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Tests.Features.Reports;

public sealed class ReportStringsTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "src", "Bot", "Resources", "Reports");

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void Translation_HasEveryKey_NonEmpty_WithTheSamePlaceholders(string language)
    {
        var neutral = Read("ReportStrings.resx");
        var translated = Read($"ReportStrings.{language}.resx");

        Assert.Empty(neutral.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(neutral.Keys));
        Assert.All(translated, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{pair.Key} is empty"));
        Assert.All(neutral, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(translated[pair.Key])));
    }

    [Theory]
    [InlineData("kk", "Құпия хабарлау")]
    [InlineData("ru", "Сообщить конфиденциально")]
    [InlineData("en", "Report confidentially")]
    public async Task Localizer_InEachCulture_ReadsThatLanguagesText(string language, string expected)
    {
        await using var host = new ConversationTestHost();
        var localizer = host.Services.GetRequiredService<IStringLocalizer<ReportStrings>>();
        using var culture = CultureScope.Enter(language);

        Assert.Equal(expected, localizer["Form_Title"].Value);
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string[] Placeholders(string text) =>
        [.. Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal)];
}
