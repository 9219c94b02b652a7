using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ComplianceBot.EndToEnd.Tests.Workspace;

/// <summary>
/// What a person does with the workspace in chromium (decision 143): signs in on Development's local page as one of
/// <see cref="WorkspacePeople"/>, in a language; what axe-core finds on a page; a screenshot for docs/workspace.
/// </summary>
internal static class WorkspaceBrowser
{
    /// <summary>Set by scripts/workspace-screenshots.sh: the folder the page walk saves its screenshots into.</summary>
    public const string ScreenshotsVariable = "WORKSPACE_SCREENSHOTS_DIR";

    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>
    /// Signs the browser out (its cookies go), opens <paramref name="path"/> with <c>?locale=</c> as Teams would,
    /// lands on the local sign-in page, chooses <paramref name="person"/> and is back on the page.
    /// </summary>
    public static async Task SignInAsync(IPage page, Uri bot, WorkspacePerson person, string language, string path = "/workspace")
    {
        await page.Context.ClearCookiesAsync();
        await page.GotoAsync(new Uri(bot, WithLocale(path, language)).ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin/local"));
        await page.GetByRole(AriaRole.Button, new() { Name = person.DisplayName, Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(path.Split('?')[0])));
    }

    /// <summary>Opens a workspace page in a language (the tab's <c>?locale=</c>).</summary>
    public static async Task OpenAsync(IPage page, Uri bot, string path, string language)
    {
        var response = await page.GotoAsync(new Uri(bot, WithLocale(path, language)).ToString());
        Assert.True(response is { Ok: true }, $"GET {path} in {language}: {response?.Status}");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
    }

    /// <summary>axe-core's serious and critical findings on the page as it is now, one readable line each.</summary>
    public static async Task<IReadOnlyList<string>> BlockingViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        return [.. result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}")];
    }

    /// <summary>When the screenshot script runs the walk, the page as a person sees it, as &lt;name&gt;.&lt;language&gt;.png.</summary>
    public static async Task ScreenshotIfAskedAsync(IPage page, string name, string language)
    {
        var directory = Environment.GetEnvironmentVariable(ScreenshotsVariable);
        if (string.IsNullOrWhiteSpace(directory))
        {
            return;
        }

        Directory.CreateDirectory(directory);
        // The page moves focus to its heading on load; a picture for readers shows it without the focus ring.
        await page.EvaluateAsync("() => document.activeElement?.blur()");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, $"{name}.{language}.png"), FullPage = true });
    }

    public static string WithLocale(string path, string language) =>
        path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "locale=" + language;
}
