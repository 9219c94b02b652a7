using System.Net;
using System.Text.Json;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Tests.Features.Declarations;
using ComplianceBot.Bot.Tests.Hosting;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.Administration;

/// <summary>Register export to .xlsx behind a short-lived, unguessable link for one active officer, audited.</summary>
public sealed class RegisterExportTests : IAsyncLifetime
{
    private static readonly TestUser Employee = new("aad-employee", "Aigerim Seitkali");
    private static readonly TestUser Officer = new("aad-officer", "Daniyar Omarov");
    private DeclarationsApp app = null!;

    public async Task InitializeAsync()
    {
        app = new DeclarationsApp(new TestDataFolder("compliancebot-export"));
        await app.AppointAsync(Officer.Aad, Officer.Name);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
    }

    [Fact]
    public async Task RegistersExport_Officer_GetsLinkServingWorkbookWithTheRowsAndBothStepsAudited()
    {
        await app.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, Forms.Gift());

        var url = await ExportLinkAsync();
        var token = url.Fragment.TrimStart('#');
        var storedHash = await app.WithDbAsync(db => db.RegisterExportLinks.Select(l => l.TokenHash).SingleAsync());
        var response = await DownloadAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text).ToList();
        Assert.Contains($"G-{Forms.Today.Year}-0001", cells);
        Assert.Contains("Aigerim Seitkali", cells);
        Assert.True(token.Length > 40);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Contains("RegisterExportCreated", audit);
        Assert.Contains("RegisterExportDownloaded", audit);
        Assert.DoesNotContain(token, storedHash, StringComparison.Ordinal);
    }

    // Decision 121: the link is the capability, so it works once; the token is in the URL's fragment, which the
    // browser never sends, and the page at /exports posts it in the body, so no request log (at Trace, every
    // category) ever holds it. A token in the path (the form of decision 073) is refused.
    [Fact]
    public async Task Download_SecondUse_IsRefusedAndTheTokenIsInNoLog()
    {
        var logs = new Reports.CapturingLoggerProvider();
        var logged = new DeclarationsApp(new TestDataFolder("compliancebot-export-logged"), settings: new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        }) { LogCapture = logs };
        await using (logged)
        {
            await logged.AppointAsync(Officer.Aad, Officer.Name);
            await logged.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, Forms.Gift());
            await logged.ExecuteAsync(Officer, DeclarationVerbs.RegistersExport, new(), expectCard: false);
            var url = new Uri(OpenUrlOf(Conversation.ConversationTestHost.CardOf(logged.Connector.Replies.Last())));
            var token = url.Fragment.TrimStart('#');
            using var browser = Browser.BrowserSession.Open(logged);
            await browser.SignInLocallyAsync(Officer.Aad);
            var client = browser.Client;

            var page = await client.GetAsync(url.PathAndQuery);
            var first = await browser.DownloadAsync(token);
            var second = await browser.DownloadAsync(token);
            var logsOfTheLink = logs.All;
            var inPath = await client.GetAsync($"{url.AbsolutePath}/{token}");

            Assert.Equal("/exports", url.AbsolutePath);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("location.hash", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
            Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("script-src 'nonce-", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, inPath.StatusCode);
            Assert.Contains("/exports", logsOfTheLink, StringComparison.Ordinal);
            Assert.True(logs.Count > 50, "the capture saw the host's request logs");
            Assert.DoesNotContain(token, logsOfTheLink, StringComparison.Ordinal);
            Assert.Equal(0, await logged.WithDbAsync(db => db.RegisterExportLinks.CountAsync()));
        }
    }

    [Fact]
    public async Task Download_Expired_IsRefused()
    {
        var url = await ExportLinkAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Domain.Persistence.RegistersDbContext>();
            var link = await db.RegisterExportLinks.SingleAsync();
            db.Entry(link).Property(l => l.ExpiresAt).CurrentValue = DateTimeOffset.UtcNow.AddSeconds(-1);
            await db.SaveChangesAsync();
        }

        var response = await DownloadAsync(url.Fragment.TrimStart('#'));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ExportEndpoint_UnknownToken_NotFound()
    {
        var response = await DownloadAsync("not-a-real-token");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RegistersExport_NotAnOfficer_RefusedAndNoLink()
    {
        await app.ExecuteAsync(Employee, DeclarationVerbs.RegistersExport, new(), expectCard: false);

        Assert.Equal(0, await app.WithDbAsync(db => db.RegisterExportLinks.CountAsync()));
    }

    private async Task<Uri> ExportLinkAsync()
    {
        await app.ExecuteAsync(Officer, DeclarationVerbs.RegistersExport, new(), expectCard: false);
        return new Uri(OpenUrlOf(Conversation.ConversationTestHost.CardOf(app.Connector.Replies.Last())));
    }

    /// <summary>The officer the link was issued to, signed in to the browser (decision 122).</summary>
    private async Task<HttpResponseMessage> DownloadAsync(string token)
    {
        using var browser = Browser.BrowserSession.Open(app);
        await browser.SignInLocallyAsync(Officer.Aad);
        return await browser.DownloadAsync(token);
    }

    private static string OpenUrlOf(JsonElement card) =>
        card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("type").GetString() == "Action.OpenUrl").GetProperty("url").GetString()!;
}
