using System.Net;
using ComplianceBot.Bot.Browser;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.Workspace;

/// <summary>
/// Decision 138: the workspace's frame. Anonymous → the sign-in page; signed in → the home page of the role the
/// registers give (an officer's appointment, not the session, makes an officer); the Teams/Outlook locale chooses the
/// language; the headers let only Teams, Outlook and the Microsoft 365 app frame a page.
/// </summary>
public sealed class WorkspaceShellTests : IClassFixture<WorkspaceShellTests.Host>
{
    private readonly Host host;

    public WorkspaceShellTests(Host host) => this.host = host;

    [Fact]
    public async Task Anonymous_IsSentToSignIn_WithTheWorkspaceAsReturnUrl()
    {
        using var browser = BrowserSession.Open(host);

        var response = await browser.Client.GetAsync("/workspace");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/signin/local?returnUrl=%2Fworkspace", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmployee_SeesTheEmployeeHome_WithFramingLimitedToMicrosoft365()
    {
        var person = await host.AddPersonAsync("Aliya Employee", officer: false);
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(person);

        var response = await browser.Client.GetAsync("/workspace");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Aliya Employee · employee", html, StringComparison.Ordinal);
        Assert.Contains("your own declarations", html, StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'self' https://teams.microsoft.com", policy, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task AnOfficersRole_ComesFromTheAppointment_AndEndsWithIt()
    {
        var person = await host.AddPersonAsync("Berik Officer", officer: true);
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(person);

        var before = await browser.Client.GetStringAsync("/workspace");
        await host.EndAppointmentsOfAsync(person);
        var after = await browser.Client.GetStringAsync("/workspace");

        Assert.Contains("Berik Officer · compliance officer", before, StringComparison.Ordinal);
        Assert.Contains("Berik Officer · employee", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru-RU", "ru", "Добро пожаловать")]
    [InlineData("kk-KZ", "kk", "Қош келдіңіз")]
    [InlineData("en-US", "en", "Welcome")]
    public async Task TheTabsLocale_ChoosesTheLanguage_AndIsKeptForTheNextPage(string locale, string language, string welcome)
    {
        var person = await host.AddPersonAsync("Dana Reader", officer: false);
        using var browser = BrowserSession.Open(host, language: "en");
        await browser.SignInLocallyAsync(person);

        var first = await browser.Client.GetStringAsync($"/workspace?locale={locale}");
        var next = await browser.Client.GetStringAsync("/workspace");

        Assert.Contains($"<html lang=\"{language}\"", first, StringComparison.Ordinal);
        Assert.Contains(welcome, first, StringComparison.Ordinal);
        Assert.Contains(welcome, next, StringComparison.Ordinal);
    }

    // Decision 139: inside the Teams/Outlook tab a refusal must still be shown, so the 403 page may be framed by the
    // same Microsoft hosts as the pages, and only by them.
    [Fact]
    public async Task AnEmployeeRefused_GetsA403PageTheTabMayFrame()
    {
        var person = await host.AddPersonAsync("Gulnar Employee", officer: false);
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(person);

        var response = await browser.Client.GetAsync("/workspace/cases");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You do not have access to this page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'self' https://teams.microsoft.com", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    // Decision 139: the tab is a cross-site iframe; the language kept for the next pages travels there only as a
    // SameSite=None, Partitioned cookie.
    [Fact]
    public async Task TheKeptLanguage_IsAPartitionedCookieTheTabSends()
    {
        var person = await host.AddPersonAsync("Yerlan Reader", officer: false);
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(person);

        var response = await browser.Client.GetAsync("/workspace?locale=ru-RU");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("compliancebot-lang=ru", StringComparison.Ordinal));
        Assert.Contains("samesite=none", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("partitioned", cookie, StringComparison.OrdinalIgnoreCase);
    }

    // Decision 139: outside Development the forms post from the tab's iframe, which sends no Strict or Lax cookie;
    // the antiforgery cookie is SameSite=None, Secure and Partitioned there, and stays Strict in Development.
    [Theory]
    [InlineData("Production", SameSiteMode.None, true)]
    [InlineData("Development", SameSiteMode.Strict, false)]
    public void TheAntiforgeryCookie_FollowsTheTabOutsideDevelopment(string environment, SameSiteMode sameSite, bool partitioned)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment });
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddBrowserSignIn();
        using var provider = services.BuildServiceProvider();

        var cookie = provider.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie;

        Assert.Equal(sameSite, cookie.SameSite);
        Assert.Equal(partitioned, cookie.Extensions.Contains("Partitioned"));
    }

    public sealed class Host : BotTestHost
    {
        public Host()
            : base(new TestDataFolder())
        {
            BackgroundServicesOff = true;
        }

        public async Task<string> AddPersonAsync(string name, bool officer)
        {
            var aad = "aad-ws-" + Guid.NewGuid().ToString("N");
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            var clock = scope.ServiceProvider.GetRequiredService<RegisterClock>();
            db.Employees.Add(Employee.Create(aad, "development", name, "en", clock.Now));
            if (officer)
            {
                db.OfficerAppointments.Add(OfficerAppointment.Record(aad, "No. 1", clock.Today.AddDays(-10), clock.Today.AddDays(-10), clock.Today.AddYears(1), "test", clock.Now));
            }

            await db.SaveChangesAsync();
            return aad;
        }

        public async Task EndAppointmentsOfAsync(string aad)
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            var clock = scope.ServiceProvider.GetRequiredService<RegisterClock>();
            foreach (var appointment in db.OfficerAppointments.Where(a => a.OfficerAadObjectId == aad).ToList())
            {
                appointment.Terminate(clock.Today, "test", clock.Now, "term ended");
            }

            await db.SaveChangesAsync();
        }
    }
}
