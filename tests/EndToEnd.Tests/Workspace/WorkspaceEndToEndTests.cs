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
public sealed partial class WorkspaceEndToEndTests(BotFixture bot, PlaygroundFixture playground, BrowserFixture browser, ChatFilings filings)
    : IClassFixture<PlaygroundFixture>, IClassFixture<BrowserFixture>, IClassFixture<ChatFilings>, IAsyncLifetime
{
    public static readonly string[] Languages = ["kk", "ru", "en"];
    private const string OfficerMessage = "Thank you. Which warehouse was it?";

    public async Task InitializeAsync()
    {
        await playground.StartAsync(bot.MessagesEndpoint, "e2e-workspace");
        await WorkspacePeople.SeedAsync(bot);
        await WorkspaceRegisterRows.SeedAsync(bot);
        await filings.EnsureFiledAsync(playground.Client);
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
    /// Issue 18's case flow: the officer opens the inbox, the case the Playground's user filed anonymously, acknowledges
    /// it (Reg. 22.1) and messages the reporter, who reads the message in "Check my report" in the chat (Reg. 22.4).
    /// </summary>
    [Fact]
    public Task Officer_AcknowledgesAndMessagesTheChatReport_ReporterReadsItInCheckMyReport() => OnPageAsync(async page =>
    {
        var number = await ReportNumberAsync();

        await WorkspaceBrowser.SignInAsync(page, bot.BaseAddress, WorkspacePeople.Officer, "en", "/workspace/cases");
        await page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(number);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(ChatFilings.Description);

        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge and take the case", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge and take the case", Exact = true })).ToHaveCountAsync(0);

        var messageForm = page.Locator("form").Filter(new() { Has = page.GetByRole(AriaRole.Group, new() { Name = "Message the reporter" }) });
        await messageForm.GetByLabel("Message (the reporter reads it in \"Check my report\")").FillAsync(OfficerMessage);
        await messageForm.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(OfficerMessage);

        Assert.Contains(OfficerMessage, await filings.CheckAsync(playground.Client));
    });

    /// <summary>The officer exports the gift register; the downloaded .xlsx carries the gift declared in chat, its value a number.</summary>
    [Fact]
    public Task Officer_ExportsTheGiftRegister_DownloadedWorkbookCarriesTheChatGift() => OnPageAsync(async page =>
    {
        await WorkspaceBrowser.SignInAsync(page, bot.BaseAddress, WorkspacePeople.Officer, "en", "/workspace/registers/gifts");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync(filings.GiftNumber);
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.Locator("form.ws-export").GetByRole(AriaRole.Button).ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"compliancebot-e2e-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            var row = ExportedWorkbook.Rows(file).SingleOrDefault(cells => cells.Any(c => c.Text == filings.GiftNumber));
            Assert.True(row is not null, $"The export has a row for {filings.GiftNumber}");
            Assert.Contains(row, c => c.IsNumber && decimal.Parse(c.Text, System.Globalization.CultureInfo.InvariantCulture) == ChatFilings.GiftValueKzt);
            Assert.Contains(row, c => c.Text.Contains(ChatFilings.GiftDescription, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    });

    /// <summary>The director opens the dashboard (Reg. 14.2, 29): charts drawn on the server, each with its table.</summary>
    [Fact]
    public Task Director_OpensTheDashboard_ChartsWithTheirTables() => OnPageAsync(async page =>
    {
        await WorkspaceBrowser.SignInAsync(page, bot.BaseAddress, WorkspacePeople.Director, "en", "/workspace/dashboard");
        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("main svg").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main table").First).ToBeAttachedAsync();
    });

    /// <summary>
    /// The Teams tab's page opened outside Teams, as the README runs the bot (no Teams:AppId, decision 147): it says
    /// Teams sign-in is not set up here rather than waiting for a Teams host, and its link is the browser's sign-in.
    /// </summary>
    [Fact]
    public Task TabPage_OutsideTeams_SaysSo_AndItsLinkSignsInWithTheBrowser() => OnPageAsync(async page =>
    {
        await page.Context.ClearCookiesAsync();
        await page.GotoAsync(new Uri(bot.BaseAddress, "/workspace/tab?locale=en-US&returnUrl=%2Fworkspace%2Fme").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Teams single sign-on is not set up on this host");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with the browser and open the workspace", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin/local"));
        await page.GetByRole(AriaRole.Button, new() { Name = WorkspacePeople.Employee.DisplayName, Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/workspace/me"));
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync(WorkspacePeople.Employee.DisplayName);
    });

    /// <summary>
    /// WCAG 2.1 AA as axe-core checks it: no serious or critical violation on any workspace page in kk, ru or en. The
    /// screenshot script runs this walk with WORKSPACE_SCREENSHOTS_DIR set (scripts/workspace-screenshots.sh).
    /// </summary>
    [Fact]
    public Task EveryPage_InKazakhRussianAndEnglish_NoSeriousOrCriticalAxeViolation() => OnPageAsync(async page =>
    {
        var found = new List<string>();
        var caseNumber = await ReportNumberAsync();
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

                await WorkspaceBrowser.OpenAsync(page, bot.BaseAddress, entry.Path.Replace(WorkspacePages.CasePlaceholder, caseNumber, StringComparison.Ordinal), language);
                found.AddRange((await WorkspaceBrowser.BlockingViolationsAsync(page)).Select(v => $"{entry} [{language}] {v}"));
                await WorkspaceBrowser.ScreenshotIfAskedAsync(page, entry.Name, language);
            }
        }

        Assert.True(found.Count == 0, "axe-core found serious or critical violations:\n" + string.Join('\n', found));
    });

    /// <summary>The register number of the report filed in chat, as "Check my report" shows it to the reporter.</summary>
    private async Task<string> ReportNumberAsync()
    {
        var number = ReportNumberPattern().Match(string.Join('\n', await filings.CheckAsync(playground.Client))).Value;
        Assert.False(string.IsNullOrEmpty(number), "\"Check my report\" names the report's register number");
        return number;
    }

    private Task OnPageAsync(Func<IPage, Task> test, [CallerMemberName] string testName = "") =>
        FailureEvidence.OnPageAsync(browser.Context, testName, test);

    [System.Text.RegularExpressions.GeneratedRegex(@"R-\d{4}-\d{4}")]
    private static partial System.Text.RegularExpressions.Regex ReportNumberPattern();
}
