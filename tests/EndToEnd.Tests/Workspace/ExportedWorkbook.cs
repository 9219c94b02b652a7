using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceBot.EndToEnd.Tests.Workspace;

/// <summary>A downloaded register export read back with the Open XML SDK: each row's cells as (text, is a number).</summary>
internal static class ExportedWorkbook
{
    public static List<List<(string Text, bool IsNumber)>> Rows(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The download has no workbook part.");
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = workbook.WorksheetParts.First().Worksheet;
        return [.. sheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell => Read(cell, shared)).ToList())];
    }

    private static (string, bool) Read(Cell cell, List<string> shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return (cell.InlineString?.InnerText ?? "", false);
        }

        if (type == CellValues.SharedString)
        {
            return (shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)], false);
        }

        var isNumber = type is null || type == CellValues.Number;
        return (cell.CellValue?.Text ?? "", isNumber);
    }
}
