using System.Net;
using System.Text.Json;
using ComplianceBot.Bot.Conversation.Declarations;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Declarations;

/// <summary>Register export to .xlsx behind a short-lived, unguessable link for one active officer, audited.</summary>
public sealed class RegisterExportTests : IAsyncLifetime
{
    private static readonly TestUser Employee = new("aad-employee", "Aigerim Seitkali");
    private static readonly TestUser Officer = new("aad-officer", "Daniyar Omarov");
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("compliancebot-export-");
    private DeclarationsApp app = null!;

    public async Task InitializeAsync()
    {
        app = new DeclarationsApp(directory.FullName);
        await app.AppointAsync(Officer.Aad, Officer.Name);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Delete(recursive: true);
    }

    [Fact]
    public async Task RegistersExport_Officer_GetsLinkServingWorkbookWithTheRowsAndBothStepsAudited()
    {
        await app.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, Forms.Gift());

        await app.ExecuteAsync(Officer, DeclarationVerbs.RegistersExport, new(), expectCard: false);
        var card = Conversation.ConversationTestHost.CardOf(app.Connector.Replies.Last());
        var url = new Uri(OpenUrlOf(card));
        var response = await app.CreateClient().GetAsync(url.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text).ToList();
        Assert.Contains($"G-{Forms.Today.Year}-0001", cells);
        Assert.Contains("Aigerim Seitkali", cells);
        Assert.True(url.AbsolutePath.Length > "/exports/".Length + 40);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Contains("RegisterExportCreated", audit);
        Assert.Contains("RegisterExportDownloaded", audit);
        Assert.DoesNotContain(url.AbsolutePath.Split('/').Last(), await app.WithDbAsync(db => db.RegisterExportLinks.Select(l => l.TokenHash).SingleAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportEndpoint_UnknownToken_NotFound()
    {
        var response = await app.CreateClient().GetAsync("/exports/not-a-real-token");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RegistersExport_NotAnOfficer_RefusedAndNoLink()
    {
        await app.ExecuteAsync(Employee, DeclarationVerbs.RegistersExport, new(), expectCard: false);

        Assert.Equal(0, await app.WithDbAsync(db => db.RegisterExportLinks.CountAsync()));
    }

    private static string OpenUrlOf(JsonElement card) =>
        card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("type").GetString() == "Action.OpenUrl").GetProperty("url").GetString()!;
}
