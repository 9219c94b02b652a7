using System.Xml.Linq;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Bot.Tests.Cards;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Resources;

public sealed class DomainStringsTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "src", "Bot", "Resources", "DomainRules");

    [Theory]
    [InlineData("DomainStrings.resx")]
    [InlineData("DomainStrings.ru.resx")]
    [InlineData("DomainStrings.kk.resx")]
    public void ResourceFile_HasATextForEveryDomainMessageKey(string file)
    {
        var texts = Read(file);

        Assert.Empty(DomainMessageKeys.All.Except(texts.Keys));
        Assert.Empty(texts.Keys.Except(DomainMessageKeys.All));
        Assert.All(texts, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{pair.Key} is empty in {file}"));
    }

    [Fact]
    public void EnglishResource_MatchesTheDomainsEnglishTexts()
    {
        var texts = Read("DomainStrings.resx");

        Assert.All(DomainMessageKeys.All, key => Assert.Equal(DomainMessages.English(key), texts[key]));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void Translation_DiffersFromEnglish(string language)
    {
        var english = Read("DomainStrings.resx");
        var translated = Read($"DomainStrings.{language}.resx");

        Assert.All(translated, pair => Assert.NotEqual(english[pair.Key], pair.Value));
    }

    [Theory]
    [InlineData("kk", "Бұл декларация бойынша шешім қабылданып қойған.")]
    [InlineData("ru", "По этой декларации решение уже принято.")]
    [InlineData("en", "A decision has already been recorded for this declaration.")]
    public async Task For_RuleViolationInTurnLanguage_ReturnsThatLanguagesText(string language, string expected)
    {
        await using var host = new ConversationTestHost();
        var text = host.Services.GetRequiredService<DomainErrorText>();
        using var culture = CultureScope.Enter(language);

        var message = text.For(new DomainRuleException("DecisionIsRecordedOnce", DomainMessageKeys.AlreadyDecided, "detail for operators"));

        Assert.Equal(expected, message);
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
}
