using System.Xml.Linq;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Bot.Tests.Cards;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Resources;

public sealed class DomainStringsTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "src", "Bot", "Resources", "DomainRules");

    private static readonly string[] ClauseTexts = ["Refusal_Clause", "Refusal_Principle"];

    // Every rule has its message in kk/ru/en, in this one place, and nothing else is kept here.
    [Theory]
    [InlineData("DomainStrings.resx")]
    [InlineData("DomainStrings.ru.resx")]
    [InlineData("DomainStrings.kk.resx")]
    public void ResourceFile_HasATextForEveryRule(string file)
    {
        var texts = Read(file);

        Assert.Empty(DomainRule.All.Select(r => r.MessageKey).Except(texts.Keys));
        Assert.Empty(texts.Keys.Except(DomainMessageKeys.All).Except(ClauseTexts));
        Assert.Empty(ClauseTexts.Except(texts.Keys));
        Assert.All(texts, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{pair.Key} is empty in {file}"));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void Translation_DiffersFromEnglish(string language)
    {
        var english = Read("DomainStrings.resx");
        var translated = Read($"DomainStrings.{language}.resx");

        Assert.All(translated.Where(pair => !ClauseTexts.Contains(pair.Key)), pair => Assert.NotEqual(english[pair.Key], pair.Value));
    }

    // The one refusal translator: the rule's text in the turn's language with its clause appended.
    [Theory]
    [InlineData("kk", "Өз декларацияңыз бойынша шешім қабылдай алмайсыз; оны басқа офицер қарауы керек. (Ереженің 24.6-тармағы)")]
    [InlineData("ru", "Нельзя принимать решение по собственной декларации; её должен рассмотреть другой офицер. (п. 24.6 Положения)")]
    [InlineData("en", "You cannot decide on your own declaration; another officer must review it. (Reg. 24.6)")]
    public async Task For_RefusalInTurnLanguage_IsThatLanguagesTextWithTheClause(string language, string expected)
    {
        await using var host = new ConversationTestHost();
        var text = host.Services.GetRequiredService<DomainErrorText>();
        using var culture = CultureScope.Enter(language);

        var message = text.For(DeclarationRules.OfficerMustNotDecideOwnDeclaration.Refusal("detail for operators"));

        Assert.Equal(expected, message);
    }

    [Fact]
    public async Task For_EveryRuleInEveryLanguage_EndsWithItsClause()
    {
        await using var host = new ConversationTestHost();
        var text = host.Services.GetRequiredService<DomainErrorText>();
        foreach (var language in new[] { "kk", "ru", "en" })
        {
            using var culture = CultureScope.Enter(language);
            Assert.All(DomainRule.All, rule => Assert.EndsWith(text.Clause(rule.Clause), text.For(rule, 1m, "1 ₸", 2026), StringComparison.Ordinal));
            Assert.Contains("24.6", text.Clause("24.6"), StringComparison.Ordinal);
            Assert.Contains("4", text.Clause("Inv. 4"), StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
}
