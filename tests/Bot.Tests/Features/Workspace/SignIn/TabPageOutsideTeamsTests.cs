using System.Net;
using System.Net.Http.Headers;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Bot.Tests.Operations;
using ComplianceBot.Bot.Tests.Operations.Safety;

namespace ComplianceBot.Bot.Tests.Features.Workspace.SignIn;

/// <summary>
/// Decision 147: in Development without Teams:AppId (the README's run command) the tab's page is there, says that
/// Teams sign-in is not set up here and offers the browser's sign-in, with no script that would wait for a Teams host;
/// the session endpoint still takes nothing. Outside Development the tab is decision 139's: the SSO page, and the
/// session only for a valid token.
/// </summary>
public sealed class TabPageOutsideTeamsTests
{
    [Theory]
    [InlineData("ru-RU", "ru", "единый вход Teams не настроен")]
    [InlineData("kk-KZ", "kk", "Teams арқылы бірыңғай кіру бапталмаған")]
    [InlineData("en-US", "en", "Teams single sign-on is not set up on this host")]
    public async Task InDevelopmentWithoutAnAppId_TheTabPageSaysSo_AndOffersTheBrowsersSignIn(string locale, string language, string text)
    {
        using var host = new OperationsFactory("Development", new Dictionary<string, string?> { ["Teams:AppId"] = "" });
        using var browser = BrowserSession.Open(host);

        var response = await browser.Client.GetAsync($"/workspace/tab?locale={locale}&returnUrl=%2Fworkspace%2Fcases");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{language}\"", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.Contains($"<a id=\"tab-browser\" href=\"/workspace/cases?locale={language}\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        var link = await browser.Client.GetAsync($"/workspace/cases?locale={language}");
        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        Assert.StartsWith("https://localhost/signin/local", link.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InDevelopmentWithoutAnAppId_TheSessionTakesNoToken()
    {
        using var host = new OperationsFactory("Development", new Dictionary<string, string?> { ["Teams:AppId"] = "" });
        using var browser = BrowserSession.Open(host);
        var request = new HttpRequestMessage(HttpMethod.Post, "/workspace/session");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJvaWQiOiJ4In0.");

        var posted = await browser.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.False(posted.Headers.Contains("Set-Cookie"));
    }

    // Decision 139 unchanged in production: the SSO page with teams-js, and no session without a token (each spoiled
    // token's refusal is TeamsSsoSignInTests').
    [Fact]
    public async Task InProduction_TheTabIsTheSsoPage_AndTheSessionStillNeedsAValidToken()
    {
        using var host = new OperationsFactory("Production", ProductionSettings.With("Workspace:TeamsTab", "true"));
        using var browser = BrowserSession.Open(host);

        var page = await browser.Client.GetStringAsync("/workspace/tab?locale=en-US");
        var none = await browser.Client.PostAsync("/workspace/session", null);

        Assert.Contains("<script src=\"/workspace/tab.js\"></script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Teams single sign-on is not set up", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.False(none.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Client.GetAsync("/workspace")).StatusCode);
    }

    // Outside Development a tab without its sign-in is no page at all.
    [Fact]
    public async Task InProduction_WithTheTabOff_ThereIsNoTabPage()
    {
        using var host = new OperationsFactory("Production", ProductionSettings.With("Workspace:TeamsTab", "false"));
        using var browser = BrowserSession.Open(host);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync("/workspace/tab?locale=en-US")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.PostAsync("/workspace/session", null)).StatusCode);
    }
}
