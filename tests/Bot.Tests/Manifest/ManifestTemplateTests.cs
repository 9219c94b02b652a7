using System.Text.Json;

namespace ComplianceBot.Bot.Tests.Manifest;

public sealed class ManifestTemplateTests
{
    private static JsonElement Read(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.ManifestFolder, file)));
        return document.RootElement.Clone();
    }

    [Fact]
    public void Titles_Manifest_AreTheCommandsTheBotAnswers()
        => Assert.Equal(["menu", "help", "declare gift", "declare conflict", "report", "check report", "my declarations"], ManifestCommands.Titles());

    [Fact]
    public void Bot_Manifest_IsPersonalScopeOnlyWithoutFiles()
    {
        var bot = Read("manifest.json").GetProperty("bots")[0];

        Assert.Equal(["personal"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.False(bot.GetProperty("supportsFiles").GetBoolean());
        Assert.All(bot.GetProperty("commandLists").EnumerateArray(), list =>
            Assert.Equal(["personal"], list.GetProperty("scopes").EnumerateArray().Select(s => s.GetString())));
    }

    [Theory]
    [InlineData("kk.json")]
    [InlineData("ru.json")]
    public void Localization_EveryCommand_HasATranslatedDescriptionAndNoTitle(string file)
    {
        var localization = Read(file);
        var english = Read("manifest.json").GetProperty("bots")[0].GetProperty("commandLists")[0].GetProperty("commands");

        for (var i = 0; i < ManifestCommands.Titles().Count; i++)
        {
            var description = localization.GetProperty($"bots[0].commandLists[0].commands[{i}].description").GetString();
            Assert.False(string.IsNullOrWhiteSpace(description));
            Assert.NotEqual(english[i].GetProperty("description").GetString(), description);
            // Titles stay English: Teams sends the title as the message text the bot matches.
            Assert.False(localization.TryGetProperty($"bots[0].commandLists[0].commands[{i}].title", out _));
        }
    }
}
