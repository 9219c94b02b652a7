using ComplianceBot.EndToEnd.Tests.Infrastructure;
using ComplianceBot.EndToEnd.Tests.Playground;

namespace ComplianceBot.EndToEnd.Tests.Api;

/// <summary>The first run and the menu, driven through the Playground's HTTP + WebSocket API.</summary>
[Collection(EndToEndGroup.Name)]
public sealed class MenuTests(BotFixture bot, PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>, IAsyncLifetime
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(15);

    private PlaygroundClient Client => playground.Client;

    public Task InitializeAsync() => playground.StartAsync(bot.MessagesEndpoint, "e2e-api-menu");

    // A bot may answer one event with several messages (installationUpdate and conversationUpdate both arrive on install).
    public Task DisposeAsync() => Client.WaitForQuietAsync(TimeSpan.FromMilliseconds(700));

    [Fact]
    public async Task Installation_NewPersonalChat_SendsWelcomeCardWithMenu()
    {
        var since = Client.FrameCount;

        await Client.TriggerInstallationAsync();

        var welcome = await Client.WaitForMessageAsync(m => m.Cards.Any(), AnswerTimeout, since);
        Assert.True(MenuCard.IsWelcome(welcome), $"Expected the welcome card with the six menu buttons, got {welcome}");
        Assert.Equal(PlaygroundMessage.CreateMessage, welcome.Action);
    }

    [Theory]
    [InlineData("menu")]
    [InlineData("help")]
    [InlineData("мәзір")]
    [InlineData("көмек")]
    [InlineData("меню")]
    [InlineData("помощь")]
    [InlineData("qwzx blorp 42?")]
    public async Task SendText_MenuWordInAnyLanguageOrUnknownText_AnswersWithMenuCard(string text)
    {
        var since = Client.FrameCount;

        await Client.SendTextAsync(text);

        var answer = await Client.WaitForMessageAsync(m => m.Action == PlaygroundMessage.CreateMessage, AnswerTimeout, since);
        Assert.True(MenuCard.HasMenu(answer), $"Expected the menu card for '{text}', got {answer}");
    }

    [Fact]
    public async Task ClickHelp_OnMenuCard_BotAnswers()
    {
        var since = Client.FrameCount;
        await Client.SendTextAsync("menu");
        var menu = await Client.WaitForMessageAsync(MenuCard.HasMenu, AnswerTimeout, since);
        var afterMenu = Client.FrameCount;

        var invokeBody = await Client.ClickAsync(menu, "Help");

        if (invokeBody is { } body)
        {
            // Action.Execute: the answer is the invoke response, a card that replaces the menu or a message.
            var type = body.GetProperty("type").GetString();
            Assert.Contains(type, new[] { AdaptiveCardView.ContentType, "application/vnd.microsoft.activity.message" });
            Assert.NotEqual(System.Text.Json.JsonValueKind.Undefined, body.GetProperty("value").ValueKind);
            Assert.NotEqual(menu.Cards.First().Json.GetRawText(), body.GetProperty("value").GetRawText());
        }
        else
        {
            // Action.Submit: the answer is a new or updated message.
            var answer = await Client.WaitForMessageAsync(m => m.Action != PlaygroundMessage.Typing, AnswerTimeout, afterMenu);
            Assert.True(answer.Cards.Any() || !string.IsNullOrWhiteSpace(answer.Text), $"Expected an answer to Help, got {answer}");
        }
    }
}
