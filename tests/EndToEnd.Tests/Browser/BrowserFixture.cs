using Microsoft.Playwright;

namespace ComplianceBot.EndToEnd.Tests.Browser;

/// <summary>
/// Debian's chromium driven by Playwright, one per test class with a fresh profile. Playwright's
/// own browser download cannot reach its CDN here, so it is never asked for: the tests use
/// /usr/bin/chromium (scripts/test.sh installs it) through the node driver the NuGet package
/// ships in .playwright/ next to the test assembly.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string profileDirectory = Path.Combine(Path.GetTempPath(), "compliancebot-e2e-chromium-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? playwright;

    public IBrowserContext Context { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new FileNotFoundException("Debian's chromium is missing: 'apt-get install -y chromium' (scripts/test.sh does it).", ChromiumPath);
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        Context = await playwright.Chromium.LaunchPersistentContextAsync(profileDirectory, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-US",
        });
        Context.SetDefaultTimeout(20_000);

        // The page asks a CDN for its fonts; offline that costs seconds per load. Fallback fonts render fine.
        await Context.RouteAsync(url => !IsLocal(url), route => route.AbortAsync());
    }

    private static bool IsLocal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Scheme is "data" or "blob");

    public async Task DisposeAsync()
    {
        if (Context is not null)
        {
            await Context.CloseAsync();
        }

        playwright?.Dispose();
        try
        {
            Directory.Delete(profileDirectory, recursive: true);
        }
        catch (IOException)
        {
            // chromium may still hold a lock file for a moment; the temp folder's cleaner takes it.
        }
    }
}
