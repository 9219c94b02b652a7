using System.Xml.Linq;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Resources;
using ComplianceBot.Bot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Tests.Cards;

public sealed class ResourceFilesTests
{
    private static readonly string ResourcesDirectory = Path.Combine(RepositoryPaths.Root, "src", "Bot", "Resources");

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void Translation_HasEveryNeutralKey_NonEmpty_AndNotEnglish(string language)
    {
        var neutral = Read("BotStrings.resx");
        var translated = Read($"BotStrings.{language}.resx");

        Assert.Empty(neutral.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(neutral.Keys));
        Assert.All(translated, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{pair.Key} is empty"));
        Assert.All(translated, pair => Assert.NotEqual(neutral[pair.Key], pair.Value));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void Translation_KeepsTheFormatPlaceholdersOfEnglish(string language)
    {
        var neutral = Read("BotStrings.resx");
        var translated = Read($"BotStrings.{language}.resx");

        Assert.All(neutral, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(translated[pair.Key])));
    }

    [Theory]
    [InlineData("kk", "Сыйлықты декларациялау")]
    [InlineData("ru", "Задекларировать подарок")]
    [InlineData("en", "Declare a gift")]
    public async Task Localizer_InEachCulture_ReadsThatLanguagesText(string language, string expected)
    {
        await using var host = new ConversationTestHost();
        var localizer = host.Services.GetRequiredService<IStringLocalizer<BotStrings>>();
        using var culture = CultureScope.Enter(language);

        Assert.Equal(expected, localizer["Menu_DeclareGift"].Value);
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(ResourcesDirectory, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal)];
}
