using ComplianceBot.Bot.Conversation;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Tests.Conversation;

namespace ComplianceBot.Bot.Tests.Manifest;

/// <summary>Issue 7: every command in the Teams manifest is one the bot answers.</summary>
public sealed class ManifestCommandsAnsweredTests
{
    // The "did not understand" line in each language (BotStrings Notice_NotUnderstood).
    private static readonly string[] NotUnderstood =
    [
        "Sorry, I did not understand that. Here is what I can do:",
        "Извините, я не понял запрос. Вот что я умею:",
        "Кешіріңіз, сұранысыңызды түсінбедім. Мен мыналарды істей аламын:",
    ];

    [Fact]
    public void ManifestCommands_AreTheBotsCommandsInOrder()
    {
        Assert.Equal(BotCommands.All.Select(c => c.Texts[BotLanguages.English].Title), ManifestCommands.Titles());
    }

    public static TheoryData<string, string> EveryTitleInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in BotCommands.All)
        {
            data.Add(command.Texts[BotLanguages.English].Title, "en-US");
            data.Add(command.Texts[BotLanguages.Russian].Title, "ru-RU");
            data.Add(command.Texts[BotLanguages.Kazakh].Title, "kk-KZ");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTitleInEveryLanguage))]
    public async Task TypedCommand_AnyLanguage_IsRecognisedNotAnsweredWithNotUnderstood(string title, string locale)
    {
        await using var host = new ConversationTestHost();

        await host.HandleAsync(TestActivities.Text(title, locale));

        var posted = Assert.Single(host.Connector.Posted);
        var card = ConversationTestHost.CardOf(posted);
        Assert.DoesNotContain(card.Texts().FirstOrDefault(), NotUnderstood);
    }
}
