using System.Runtime.CompilerServices;
using ComplianceBot.EndToEnd.Tests.Browser;
using ComplianceBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceBot.EndToEnd.Tests.Workspace;

/// <summary>
/// Issue 18's workspace end to end (decision 143): the bot as the README runs it (Development, local sign-in), the
/// Playground's user filing in chat, and chromium signing in as the officer, the director and an employee. One bot
/// (the collection's), one Playground and one browser for the class.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class WorkspaceEndToEndTests(BotFixture bot, PlaygroundFixture playground, BrowserFixture browser, FiledReport report)
    : IClassFixture<PlaygroundFixture>, IClassFixture<BrowserFixture>, IClassFixture<FiledReport>, IAsyncLifetime
{
    public static readonly string[] Languages = ["kk", "ru", "en"];

    public async Task InitializeAsync()
    {
        await playground.StartAsync(bot.MessagesEndpoint, "e2e-workspace");
        await WorkspacePeople.SeedAsync(bot);
        await report.EnsureFiledAsync(playground.Client);
    }

    public Task DisposeAsync() => playground.Client.WaitForQuietAsync(TimeSpan.FromMilliseconds(700));

    [Fact]
    public Task EachRole_SignsInLocally_HomeNamesThePersonAndTheirRole() => OnPageAsync(async page =>
    {
        foreach (var (person, role) in new[] { (WorkspacePeople.Officer, "compliance officer"), (WorkspacePeople.Director, "director"), (WorkspacePeople.Employee, "employee") })
        {
            await WorkspaceBrowser.SignInAsync(page, bot.BaseAddress, person, "en");

            await Assertions.Expect(page.Locator("header")).ToContainTextAsync($"{person.DisplayName} · {role}");
            await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
        }
    });

    /// <summary>
    /// WCAG 2.1 AA as axe-core checks it: no serious or critical violation on any workspace page in kk, ru or en. The
    /// screenshot script runs this walk with WORKSPACE_SCREENSHOTS_DIR set (scripts/workspace-screenshots.sh).
    /// </summary>
    [Fact]
    public Task EveryPage_InKazakhRussianAndEnglish_NoSeriousOrCriticalAxeViolation() => OnPageAsync(async page =>
    {
        var found = new List<string>();
        WorkspacePerson? signedIn = null;
        foreach (var entry in WorkspacePages.All)
        {
            foreach (var language in Languages)
            {
                if (signedIn != entry.Person)
                {
                    await WorkspaceBrowser.SignInAsync(page, bot.BaseAddress, entry.Person, language);
                    signedIn = entry.Person;
                }

                await WorkspaceBrowser.OpenAsync(page, bot.BaseAddress, entry.Path, language);
                found.AddRange((await WorkspaceBrowser.BlockingViolationsAsync(page)).Select(v => $"{entry} [{language}] {v}"));
                await WorkspaceBrowser.ScreenshotIfAskedAsync(page, entry.Name, language);
            }
        }

        Assert.True(found.Count == 0, "axe-core found serious or critical violations:\n" + string.Join('\n', found));
    });

    private Task OnPageAsync(Func<IPage, Task> test, [CallerMemberName] string testName = "") =>
        FailureEvidence.OnPageAsync(browser.Context, testName, test);
}
