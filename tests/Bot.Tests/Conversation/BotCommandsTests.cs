using ComplianceBot.Bot.Conversation;
using ComplianceBot.Bot.Conversation.Language;

namespace ComplianceBot.Bot.Tests.Conversation;

public sealed class BotCommandsTests
{
    [Fact]
    public void All_EveryCommand_HasTextsInEveryLanguageWithinManifestLimits()
    {
        foreach (var command in BotCommands.All)
        {
            Assert.Equal(BotLanguages.All.Order(), command.Texts.Keys.Order());
            foreach (var text in command.Texts.Values)
            {
                Assert.InRange(text.Title.Length, 1, 32);
                Assert.InRange(text.Description.Length, 1, 128);
            }
        }
    }

    [Fact]
    public void All_Titles_AreDistinctAcrossCommandsAndLanguages()
    {
        var titles = BotCommands.All.SelectMany(c => c.Titles).ToList();

        Assert.Equal(titles.Count, titles.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(["menu", "меню", "мәзір", "help", "помощь", "көмек"], titles.Take(6));
    }
}
