using ComplianceBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceBot.EndToEnd.Tests.Browser;

internal static class FailureEvidence
{
    /// <summary>
    /// Runs a browser test on a new page; when it fails, keeps what the person would have seen
    /// (TestResults/screenshots/&lt;test&gt;.png, the page's HTML and its console) before rethrowing.
    /// </summary>
    public static async Task OnPageAsync(IBrowserContext context, string testName, Func<IPage, Task> test)
    {
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        try
        {
            await test(page);
        }
        catch (Exception)
        {
            var directory = Path.Combine(RepositoryLayout.ArtifactsDirectory, "screenshots");
            Directory.CreateDirectory(directory);
            var basePath = Path.Combine(directory, testName);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = basePath + ".png", FullPage = true });
            await File.WriteAllTextAsync(basePath + ".html", await page.ContentAsync());
            await File.WriteAllLinesAsync(basePath + ".console.txt", console);
            throw;
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
