using System.Net;
using ComplianceBot.Bot.Features.Workspace.SignIn;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Bot.Tests.ChannelTestSupport;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceBot.Bot.Tests.Features.Workspace.SignIn;

/// <summary>
/// Decision 139: the Teams/Outlook tab signs in with the Teams SSO token. A token of the bot's tenant for the app id
/// URI with access_as_user opens the workspace (a Partitioned, SameSite=None session cookie); every other token is
/// refused with 401 and no cookie, and the workspace stays closed.
/// </summary>
public sealed class TeamsSsoSignInTests(SignInHost host) : IClassFixture<SignInHost>
{
    [Fact]
    public async Task Session_WithAValidV2Token_OpensTheWorkspaceForThatPerson()
    {
        var person = await host.AddPersonAsync("Gulnara Tab", officer: false);
        using var browser = BrowserSession.Open(host);

        var signIn = await SignInHost.PostSessionAsync(browser, host.SsoToken(person));
        var page = await browser.Client.GetAsync("/workspace");

        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Gulnara Tab · employee", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_WithAV1Token_ForTheAppIdUri_OpensTheWorkspace()
    {
        var person = await host.AddPersonAsync("Yerlan Vone", officer: false);
        using var browser = BrowserSession.Open(host);

        var signIn = await SignInHost.PostSessionAsync(browser, host.SsoToken(person, spec =>
        {
            spec.Issuer = TestIssuer.TenantV1Issuer;
            spec.Audience = SignInHost.AppIdUri;
            spec.Claims["ver"] = "1.0";
        }));
        var page = await browser.Client.GetStringAsync("/workspace");

        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.Contains("Yerlan Vone · employee", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_SetsACookieTheTabsIframeSends_AndNothingFromTheToken()
    {
        var person = await host.AddPersonAsync("Cookie Person", officer: false);
        using var browser = BrowserSession.Open(host);

        var signIn = await SignInHost.PostSessionAsync(browser, host.SsoToken(person));

        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(WorkspaceTabSession.CookieName + "=", StringComparison.Ordinal));
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("samesite=none", attributes);
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("partitioned", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("expires", StringComparison.Ordinal) || a.StartsWith("domain", StringComparison.Ordinal));
    }

    public static readonly TheoryData<string> Spoiled =
    [
        "wrong audience", "app id URI of another host", "another tenant's issuer", "another tenant's tid", "expired", "not yet valid",
        "no scp", "another scope", "app-only token", "no oid", "unsigned", "unpublished key", "HMAC with the public key", "Bot Framework channel token",
    ];

    [Theory]
    [MemberData(nameof(Spoiled))]
    public async Task Session_WithASpoiledToken_IsRefusedWithoutACookie(string spoiled)
    {
        var person = await host.AddPersonAsync("Refused Person", officer: false);
        using var browser = BrowserSession.Open(host);
        var token = spoiled == "Bot Framework channel token" ? host.Issuer.CreateToken() : host.SsoToken(person, Spoil(spoiled));

        var signIn = await SignInHost.PostSessionAsync(browser, token);
        var page = await browser.Client.GetAsync("/workspace");

        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.False(signIn.Headers.Contains("Set-Cookie"), "a refused token sets no cookie");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task Session_WithoutABearerToken_IsRefused()
    {
        using var browser = BrowserSession.Open(host);

        var none = await SignInHost.PostSessionAsync(browser, token: null);
        var basic = await browser.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, WorkspaceTabSession.SessionPath)
        {
            Headers = { Authorization = new("Basic", "dXNlcjpwYXNz") },
        });

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, basic.StatusCode);
        Assert.False(none.Headers.Contains("Set-Cookie") || basic.Headers.Contains("Set-Cookie"));
    }

    private static Action<TokenSpec> Spoil(string how) => how switch
    {
        "wrong audience" => spec => spec.Audience = "00000003-0000-0000-c000-000000000000",
        "app id URI of another host" => spec => spec.Audience = "api://elsewhere.example/" + TestIssuer.AppId,
        "another tenant's issuer" => spec => spec.Issuer = "https://login.microsoftonline.com/another-tenant/v2.0",
        "another tenant's tid" => spec => spec.Claims["tid"] = "another-tenant",
        "expired" => spec => (spec.NotBefore, spec.Expires) = (DateTimeOffset.UtcNow.AddHours(-2), DateTimeOffset.UtcNow.AddMinutes(-10)),
        "not yet valid" => spec => spec.NotBefore = DateTimeOffset.UtcNow.AddMinutes(10),
        "no scp" => spec => spec.Claims.Remove("scp"),
        "another scope" => spec => spec.Claims["scp"] = "User.Read access_as_admin",
        "app-only token" => spec =>
        {
            spec.Claims.Remove("scp");
            spec.Claims["roles"] = new[] { "access_as_user" };
            spec.Claims["idtyp"] = "app";
        },
        "no oid" => spec => spec.Claims.Remove("oid"),
        "unsigned" => spec => spec.Algorithm = "none",
        "unpublished key" => spec => spec.KeyId = TestIssuer.UnpublishedKeyId,
        "HMAC with the public key" => spec => spec.Algorithm = SecurityAlgorithms.HmacSha256,
        _ => throw new ArgumentOutOfRangeException(nameof(how), how, null),
    };
}
