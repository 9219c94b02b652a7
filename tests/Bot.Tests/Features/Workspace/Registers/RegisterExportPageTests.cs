using System.Net;
using System.Text.RegularExpressions;
using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Bot.Tests.Browser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Registers;

/// <summary>
/// Decision 141: "Export to Excel" on a register page posts the page's filter with the antiforgery token and gets an
/// .xlsx attachment with typed cells (tenge and versions as numbers, instants as dates) of the filtered rows only,
/// audited as the link's download is.
/// </summary>
public sealed partial class RegisterExportPageTests(RegistersHost host) : IClassFixture<RegistersHost>
{
    [Fact]
    public async Task Export_ReturnsTheFilteredRows_AsTypedCells_AndIsAudited()
    {
        var department = "Export " + Guid.NewGuid().ToString("N")[..6];
        var officer = await host.AddPersonAsync("Export Officer", officer: true);
        var declarant = await host.AddPersonAsync("Saule Exportova", department: department);
        var elsewhere = await host.AddPersonAsync("Other Person", department: "Elsewhere");
        var wanted = await host.FileGiftAsync(declarant, new DateTimeOffset(2026, 4, 1, 5, 30, 0, TimeSpan.Zero), 12_500.50m);
        var decided = await host.FileGiftAsync(declarant, new DateTimeOffset(2026, 4, 2, 5, 0, 0, TimeSpan.Zero), 9_000, decidedBy: officer);
        var other = await host.FileGiftAsync(elsewhere, new DateTimeOffset(2026, 4, 1, 6, 0, 0, TimeSpan.Zero), 1_000);
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);
        var page = await browser.Client.GetStringAsync($"/workspace/registers/gifts?department={Uri.EscapeDataString(department)}&status=Pending");

        var response = await browser.Client.PostAsync("/workspace/registers/gifts/export", BrowserSession.Form([.. ExportFields(page)]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RegisterWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Skip(1).ToList();
        var row = Assert.Single(rows);
        var cells = row.Elements<Cell>().ToList();
        Assert.Equal(wanted, cells[1].InnerText);
        Assert.DoesNotContain(rows, r => r.InnerText.Contains(decided, StringComparison.Ordinal) || r.InnerText.Contains(other, StringComparison.Ordinal));
        var filed = cells[4];
        Assert.Equal(CellValues.Number, filed.DataType!.Value);
        Assert.Equal(RegisterWorkbook.DateStyle, filed.StyleIndex!.Value);
        // 05:30 UTC is 10:30 in Almaty (UTC+5).
        Assert.Equal(new DateTime(2026, 4, 1, 10, 30, 0), DateTime.FromOADate(double.Parse(filed.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        var amount = cells[8];
        Assert.Equal(CellValues.Number, amount.DataType!.Value);
        Assert.Equal(RegisterWorkbook.TengeStyle, amount.StyleIndex!.Value);
        Assert.Equal(12_500.50m, decimal.Parse(amount.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(CellValues.Number, cells[6].DataType!.Value);
        var audit = await host.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == RegisterExports.AuditEntity && a.Action == "RegisterExportDownloaded").ToListAsync());
        Assert.Contains("rows 1", Assert.Single(audit).Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithoutTheAntiforgeryToken_IsRefused()
    {
        var officer = await host.AddPersonAsync("Careless Officer", officer: true);
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);

        var response = await browser.Client.PostAsync("/workspace/registers/gifts/export", BrowserSession.Form(("status", "Pending")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>The hidden fields of the page's export form (the filter and the antiforgery token).</summary>
    private static IEnumerable<(string, string)> ExportFields(string html)
    {
        var form = ExportForm().Match(html);
        Assert.True(form.Success, "the page has the export form");
        return HiddenField().Matches(form.Value).Select(m => (m.Groups[1].Value, System.Net.WebUtility.HtmlDecode(m.Groups[2].Value)));
    }

    [GeneratedRegex("<form method=\"post\" action=\"/workspace/registers/gifts/export\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex ExportForm();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
