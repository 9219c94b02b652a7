using System.Net;
using System.Net.Http.Headers;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Bot.Tests.ChannelTestSupport;

namespace ComplianceBot.Bot.Tests.Features.Workspace.SignIn;

/// <summary>
/// Decision 139 (issue 18): the workspace's door and the channel's are separate. A Teams SSO token, though issued by
/// the tenant the channel also trusts and to a caller the channel allows, is refused at /api/messages (a user's
/// delegated token, decision 112); a Bot Framework channel token opens no workspace page, as a bearer or at the tab's sign-in.
/// </summary>
public sealed class SignInChannelBoundaryTests(SignInHost host) : IClassFixture<SignInHost>
{
    [Fact]
    public async Task Messages_WithAValidWorkspaceToken_IsUnauthorizedAndNotHandled()
    {
        var person = await host.AddPersonAsync("Channel Boundary", officer: false);
        using var client = host.CreateClient();
        var handled = host.Handler.Received.Count;

        var withSsoToken = await client.SendAsync(ActivityJson.Request(ActivityJson.Message(), host.SsoToken(person)));
        var withChannelToken = await client.SendAsync(ActivityJson.Request(ActivityJson.Message(), host.Issuer.CreateToken()));

        Assert.Equal(HttpStatusCode.Unauthorized, withSsoToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withChannelToken.StatusCode);
        Assert.Equal(handled + 1, host.Handler.Received.Count);
    }

    [Fact]
    public async Task Workspace_WithAChannelTokenAsBearer_IsNotOpened()
    {
        using var browser = BrowserSession.Open(host);
        browser.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.Issuer.CreateToken());

        var page = await browser.Client.GetAsync("/workspace");
        var signIn = await SignInHost.PostSessionAsync(browser, host.Issuer.CreateToken());

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    [Fact]
    public async Task Workspace_WithAnSsoTokenAsBearerOnAPage_IsNotOpened_OnlyTheSessionEndpointReadsIt()
    {
        var person = await host.AddPersonAsync("Bearer Only", officer: false);
        using var browser = BrowserSession.Open(host);
        browser.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", host.SsoToken(person));

        var page = await browser.Client.GetAsync("/workspace");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }
}
