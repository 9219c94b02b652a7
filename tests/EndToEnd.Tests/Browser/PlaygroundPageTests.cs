using System.Runtime.CompilerServices;
using ComplianceBot.EndToEnd.Tests.Infrastructure;
using ComplianceBot.EndToEnd.Tests.Playground;
using Microsoft.Playwright;

namespace ComplianceBot.EndToEnd.Tests.Browser;

/// <summary>What a person sees in the Playground's Teams-like page in chromium.</summary>
[Collection(EndToEndGroup.Name)]
public sealed class PlaygroundPageTests(BotFixture bot, PlaygroundFixture playground, BrowserFixture browser)
    : IClassFixture<PlaygroundFixture>, IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Cards = ".ac-adaptiveCard";
    private const string Composer = "[data-lexical-editor=\"true\"][role=\"textbox\"]";

    public Task InitializeAsync() => playground.StartAsync(bot.MessagesEndpoint, "e2e-browser");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public Task OpenPage_FirstVisit_ShowsWelcomeCardWithMenu() => OnPageAsync(async page =>
    {
        await OpenAsync(page);

        var welcome = page.Locator(Cards).Filter(new() { HasText = "ComplianceBot" }).Last;
        await Assertions.Expect(welcome).ToBeVisibleAsync();
        foreach (var title in MenuCard.ButtonTitles)
        {
            await Assertions.Expect(welcome.GetByRole(AriaRole.Button, new() { Name = title, Exact = true })).ToBeVisibleAsync();
        }
    });

    [Fact]
    public Task TypeMenuThenClickHelp_InComposer_ShowsMenuCardThenAnswer() => OnPageAsync(async page =>
    {
        await OpenAsync(page);
        await Assertions.Expect(page.Locator(Cards).First).ToBeVisibleAsync();
        var cardsBefore = await SettledCardCountAsync(page);

        await page.Locator(Composer).ClickAsync();
        await page.Keyboard.TypeAsync("menu");
        await page.Locator("button[aria-label=\"Send Message\"]").ClickAsync();

        await page.WaitForFunctionAsync(
            "([selector, count]) => document.querySelectorAll(selector).length > count", new object[] { Cards, cardsBefore });
        var cardsWithMenu = await SettledCardCountAsync(page);
        var menu = page.Locator(Cards).Last;
        foreach (var title in MenuCard.ButtonTitles)
        {
            await Assertions.Expect(menu.GetByRole(AriaRole.Button, new() { Name = title, Exact = true })).ToBeVisibleAsync();
        }

        var menuText = await menu.InnerTextAsync();

        await menu.GetByRole(AriaRole.Button, new() { Name = "Help", Exact = true }).ClickAsync();

        // The answer is either a new card or the menu card replaced in place (Action.Execute).
        await page.WaitForFunctionAsync(
            "([selector, count, text]) => { const cards = document.querySelectorAll(selector); return cards.length > count || cards[count - 1].innerText !== text; }",
            new object[] { Cards, cardsWithMenu, menuText },
            new() { Timeout = 15_000 });
        var answer = await page.Locator(Cards).Last.InnerTextAsync();
        Assert.False(string.IsNullOrWhiteSpace(answer), "The answer to Help is empty.");
    });

    private async Task OpenAsync(IPage page)
    {
        await page.GotoAsync(playground.BaseAddress.ToString());
        await Assertions.Expect(page.GetByText("Connected.", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    /// <summary>The number of cards once no new one has appeared for a second (the install sends two events).</summary>
    private static async Task<int> SettledCardCountAsync(IPage page)
    {
        var count = await page.Locator(Cards).CountAsync();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await page.WaitForTimeoutAsync(1000);
            var now = await page.Locator(Cards).CountAsync();
            if (now == count)
            {
                break;
            }

            count = now;
        }

        return count;
    }

    private Task OnPageAsync(Func<IPage, Task> test, [CallerMemberName] string testName = "") =>
        FailureEvidence.OnPageAsync(browser.Context, testName, test);
}
