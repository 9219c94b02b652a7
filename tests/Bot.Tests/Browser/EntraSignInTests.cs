using System.Net;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Tests.Features.Declarations;
using ComplianceBot.Bot.Tests.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Browser;

/// <summary>
/// Decision 122: outside the local sign-in, /signin is an OpenID Connect authorization-code challenge to the tenant's
/// v2.0 authority with the bot's app registration, and the callback makes a session of the ID token's oid only when
/// its tid is Teams:TenantId. Entra is <see cref="FakeEntra"/> (a static configuration and token endpoint).
/// </summary>
public sealed class EntraSignInTests : IAsyncLifetime
{
    private const string AppId = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    private static readonly TestUser Officer = new("aad-officer", "Daniyar Omarov");
    private readonly FakeEntra entra = new();
    private DeclarationsApp app = null!;

    public async Task InitializeAsync()
    {
        app = new DeclarationsApp(new TestDataFolder("compliancebot-entra"), settings: new Dictionary<string, string?>
        {
            ["BrowserSignIn:DangerouslyAllowLocalSignIn"] = "false",
            ["Teams:AppId"] = AppId,
            ["Teams:TenantId"] = DeclarationsApp.Tenant,
            ["Teams:ClientSecret"] = "test-secret",
        })
        { TestServices = entra.Install };
        await app.AppointAsync(Officer.Aad, Officer.Name);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        entra.Dispose();
    }

    [Fact]
    public async Task SignIn_Challenge_GoesToTheTenantsAuthorizeEndpointWithTheAppsCodeRequest()
    {
        using var browser = BrowserSession.Open(app);

        var challenge = await browser.Client.GetAsync("/signin?returnUrl=%2Fexports");

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!;
        Assert.Equal($"https://login.microsoftonline.com/{DeclarationsApp.Tenant}/oauth2/v2.0/authorize", location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(AppId, query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("http://localhost/signin-oidc", query["redirect_uri"]);
        Assert.Equal("form_post", query["response_mode"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Contains("openid", query["scope"].ToString().Split(' '));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
    }

    [Fact]
    public async Task Callback_TokenOfTheBotsTenant_SignsTheOfficerInAndTheExportDownloads()
    {
        var token = await ExportTokenAsync();
        using var browser = BrowserSession.Open(app);

        var callback = await SignInThroughEntraAsync(browser, Officer.Aad, DeclarationsApp.Tenant);
        var download = await browser.DownloadAsync(token);

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/exports", callback.Headers.Location?.OriginalString);
        var redemption = Assert.Single(entra.TokenRequests);
        Assert.Equal("authorization_code", redemption["grant_type"]);
        Assert.Equal("test-secret", redemption["client_secret"]);
        Assert.Equal("http://localhost/signin-oidc", redemption["redirect_uri"]);
        Assert.False(string.IsNullOrEmpty(redemption["code_verifier"]));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }

    [Fact]
    public async Task Callback_TokenOfAnotherTenant_IsRefusedAndNoSessionIsMade()
    {
        var token = await ExportTokenAsync();
        using var browser = BrowserSession.Open(app);

        var callback = await SignInThroughEntraAsync(browser, Officer.Aad, "another-tenant");
        var post = await browser.Client.PostAsync("/exports", BrowserSession.Form(("token", token)));

        Assert.Equal(HttpStatusCode.Forbidden, callback.StatusCode);
        Assert.Contains("Sign-in was refused", await callback.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(callback.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("__Host-compliancebot=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.SeeOther, post.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.RegisterExportLinks.CountAsync()));
    }

    /// <summary>The browser's part: follow the challenge, then post Entra's form_post answer to the callback.</summary>
    private async Task<HttpResponseMessage> SignInThroughEntraAsync(BrowserSession browser, string oid, string tid)
    {
        var challenge = await browser.Client.GetAsync("/signin?returnUrl=%2Fexports");
        var query = QueryHelpers.ParseQuery(challenge.Headers.Location!.Query);
        entra.ObjectId = oid;
        entra.TenantId = tid;
        entra.Nonce = query["nonce"]!;
        return await browser.Client.PostAsync("/signin-oidc", BrowserSession.Form(("code", "code-from-entra"), ("state", query["state"]!)));
    }

    private async Task<string> ExportTokenAsync()
    {
        await app.ExecuteAsync(Officer, DeclarationVerbs.RegistersExport, new(), expectCard: false);
        var card = Conversation.ConversationTestHost.CardOf(app.Connector.Replies.Last());
        var url = card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("type").GetString() == "Action.OpenUrl").GetProperty("url").GetString()!;
        return new Uri(url).Fragment.TrimStart('#');
    }
}
