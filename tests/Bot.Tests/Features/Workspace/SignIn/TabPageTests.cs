using System.Net;
using ComplianceBot.Bot.Tests.Browser;

namespace ComplianceBot.Bot.Tests.Features.Workspace.SignIn;

/// <summary>
/// Decision 139: the manifest's contentUrl is a static page in the tab's language whose only scripts are this host's
/// files (teams-js from npm, copied by the build, and tab.js), framable by Teams, Outlook and Microsoft 365 only; it
/// returns to a workspace page of this host and nowhere else.
/// </summary>
public sealed class TabPageTests(SignInHost host) : IClassFixture<SignInHost>
{
    [Theory]
    [InlineData("ru-RU", "ru", "Выполняется вход")]
    [InlineData("kk-KZ", "kk", "кіру орындалуда")]
    [InlineData("en-US", "en", "Signing you in")]
    public async Task TabPage_InTheTabsLocale_LoadsOnlyThisHostsScripts(string locale, string language, string text)
    {
        using var browser = BrowserSession.Open(host);

        var response = await browser.Client.GetAsync($"/workspace/tab?locale={locale}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{language}\"", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/workspace/teams-js/MicrosoftTeams.min.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/workspace/tab.js\"></script>", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<script").Length - 1);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheScripts_AreServedFromThisHost()
    {
        using var browser = BrowserSession.Open(host);

        var teams = await browser.Client.GetAsync("/workspace/teams-js/MicrosoftTeams.min.js");
        var tab = await browser.Client.GetStringAsync("/workspace/tab.js");

        Assert.Equal(HttpStatusCode.OK, teams.StatusCode);
        Assert.Contains("getAuthToken", await teams.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("microsoftTeams.authentication.getAuthToken()", tab, StringComparison.Ordinal);
        Assert.Contains("'/workspace/session'", tab, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%2Fworkspace%2Fcases%3Fpage%3D2", "/workspace/cases?page=2")]
    [InlineData("https%3A%2F%2Fevil.example%2Fworkspace", "/workspace")]
    [InlineData("%2F%2Fevil.example%2Fworkspace", "/workspace")]
    [InlineData("%2Fexports", "/workspace")]
    [InlineData("%2Fworkspaces", "/workspace")]
    [InlineData("%2Fworkspace%2Ftab", "/workspace")]
    public async Task TabPage_ReturnsOnlyToAWorkspacePage(string returnUrl, string expected)
    {
        using var browser = BrowserSession.Open(host);

        var html = await browser.Client.GetStringAsync($"/workspace/tab?returnUrl={returnUrl}");

        Assert.Contains($"data-return=\"{WebUtility.HtmlEncode(expected)}\"", html, StringComparison.Ordinal);
    }
}
