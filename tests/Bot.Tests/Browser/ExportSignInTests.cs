using System.Net;
using System.Text.Json;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Tests.Features.Declarations;
using ComplianceBot.Bot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Browser;

/// <summary>
/// Issue 16 item 7, decision 122: an export link needs the browser sign-in of the officer it was issued to. Roles
/// come from the registers (an active appointment), the signed-in oid is checked before the link is consumed, and
/// the pages speak the browser's language. Development's local sign-in stands in for Entra here.
/// </summary>
public sealed class ExportSignInTests : IAsyncLifetime
{
    private static readonly TestUser Officer = new("aad-officer", "Daniyar Omarov");
    private static readonly TestUser OtherOfficer = new("aad-officer-2", "Saule Nurlanova");
    private DeclarationsApp app = null!;

    public async Task InitializeAsync()
    {
        app = new DeclarationsApp(new TestDataFolder("compliancebot-signin"));
        await app.AppointAsync(Officer.Aad, Officer.Name);
        await app.AppointAsync(OtherOfficer.Aad, OtherOfficer.Name);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Download_NotSignedIn_RedirectsToSignInAndTheLinkIsNotConsumed()
    {
        var token = await ExportTokenAsync();
        using var browser = BrowserSession.Open(app);

        var page = await browser.Client.GetAsync("/exports");
        var post = await browser.Client.PostAsync("/exports", BrowserSession.Form(("token", token)));
        var signIn = await browser.Client.GetAsync(post.Headers.Location);

        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("sessionStorage.setItem", html, StringComparison.Ordinal);
        Assert.Contains("location.replace(\"/signin?returnUrl=%2Fexports\")", html, StringComparison.Ordinal);
        Assert.Contains("name=\"__af\" value=\"\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, post.StatusCode);
        Assert.Equal("/signin?returnUrl=%2Fexports", post.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/signin/local?returnUrl=%2Fexports", signIn.Headers.Location?.PathAndQuery ?? signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.RegisterExportLinks.CountAsync()));

        await browser.SignInLocallyAsync(Officer.Aad);
        Assert.Equal(HttpStatusCode.OK, (await browser.DownloadAsync(token)).StatusCode);
    }

    [Theory]
    [InlineData("en", "another compliance officer")]
    [InlineData("ru", "другому комплаенс-офицеру")]
    [InlineData("kk", "басқа комплаенс-офицерге")]
    public async Task Download_SignedInAsAnotherOfficer_IsRefusedAndTheLinkStillWorksForItsOwner(string language, string expected)
    {
        var token = await ExportTokenAsync();
        using var other = BrowserSession.Open(app, language);
        await other.SignInLocallyAsync(OtherOfficer.Aad);

        var refused = await other.DownloadAsync(token);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains($"lang=\"{language}\"", text, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.RegisterExportLinks.CountAsync()));
        var refusal = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "RegisterExportRefused"));
        Assert.Equal(OtherOfficer.Aad, refusal.Actor);

        using var owner = BrowserSession.Open(app);
        await owner.SignInLocallyAsync(Officer.Aad);
        Assert.Equal(HttpStatusCode.OK, (await owner.DownloadAsync(token)).StatusCode);
    }

    [Fact]
    public async Task Download_RightOfficer_GetsTheWorkbookOnceAndTheDownloadIsAuditedAsThem()
    {
        var token = await ExportTokenAsync();
        using var browser = BrowserSession.Open(app, "ru");
        await browser.SignInLocallyAsync(Officer.Aad);

        var first = await browser.DownloadAsync(token);
        var second = await browser.DownloadAsync(token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Contains("уже использована", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var download = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "RegisterExportDownloaded"));
        Assert.Equal(Officer.Aad, download.Actor);
    }

    [Fact]
    public async Task Download_WithoutTheAntiforgeryToken_IsRefusedAndTheLinkIsNotConsumed()
    {
        var token = await ExportTokenAsync();
        using var browser = BrowserSession.Open(app);
        await browser.SignInLocallyAsync(Officer.Aad);

        var response = await browser.Client.PostAsync("/exports", BrowserSession.Form(("token", token)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.RegisterExportLinks.CountAsync()));
    }

    [Fact]
    public async Task SessionCookie_IsSecureHttpOnlyLaxAndEndsWithTheBrowser()
    {
        using var browser = BrowserSession.Open(app);
        var page = await browser.Client.GetStringAsync("/signin/local?returnUrl=%2Fexports");

        var response = await browser.Client.PostAsync("/signin/local", BrowserSession.Form(("aad", Officer.Aad), ("__af", BrowserSession.AntiforgeryOf(page))));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-compliancebot=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string> ExportTokenAsync()
    {
        await app.ExecuteAsync(Officer, DeclarationVerbs.RegistersExport, new(), expectCard: false);
        var card = Conversation.ConversationTestHost.CardOf(app.Connector.Replies.Last());
        var url = card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("type").GetString() == "Action.OpenUrl").GetProperty("url").GetString()!;
        return new Uri(url).Fragment.TrimStart('#');
    }
}
