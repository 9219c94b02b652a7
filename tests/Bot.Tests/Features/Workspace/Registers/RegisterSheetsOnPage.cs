using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Bot.Tests.Browser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Registers;

/// <summary>What a browser does with a register page's "Export to Excel" form, and checks of the workbook's typed cells.</summary>
internal static partial class RegisterSheetsOnPage
{
    /// <summary>Posts the page's export form (its hidden filter fields and antiforgery token); the data rows' cells.</summary>
    public static async Task<List<List<Cell>>> ExportAsync(BrowserSession browser, string html, string register)
    {
        var form = Regex.Match(html, $"<form method=\"post\" action=\"/workspace/registers/{register}/export\".*?</form>", RegexOptions.Singleline);
        Assert.True(form.Success, "the page has the export form");
        var fields = HiddenField().Matches(form.Value).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).ToArray();

        var response = await browser.Client.PostAsync($"/workspace/registers/{register}/export", BrowserSession.Form(fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RegisterWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        return [.. workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Skip(1).Select(r => r.Elements<Cell>().Select(c => (Cell)c.CloneNode(true)).ToList())];
    }

    public static void AssertNumber(Cell cell, double expected, uint style)
    {
        Assert.Equal(CellValues.Number, cell.DataType!.Value);
        Assert.Equal(style, cell.StyleIndex!.Value);
        Assert.Equal(expected, double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture));
    }

    /// <summary>A date cell: a number (an Excel date serial) in a date style; the date it holds.</summary>
    public static DateTime AssertDate(Cell cell, uint style)
    {
        Assert.Equal(CellValues.Number, cell.DataType!.Value);
        Assert.Equal(style, cell.StyleIndex!.Value);
        return DateTime.FromOADate(double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
