using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Resources.Declarations;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Administration;

/// <summary>A register export as an .xlsx workbook (Open XML SDK): one sheet, a header row in the officer's language.</summary>
public sealed class RegisterWorkbook(IStringLocalizer<DeclarationStrings> text, DeclarationCalendar calendar)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] HeaderKeys =
    [
        "Export_Type", "Fact_Number", "Fact_Declarant", "Registers_Department", "Fact_Filed", "Registers_Status", "Fact_Version",
        "Export_Summary", "Gift_Value", "Export_Outcome", "Decision_Reason", "Decision_At",
    ];

    public byte[] Write(IReadOnlyList<RegisterRow> rows, IReadOnlyDictionary<string, Person> people)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(people);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(HeaderKeys.Select(k => text.Require(k))));
            foreach (var r in rows)
            {
                var person = people.GetValueOrDefault(r.DeclarantAadObjectId);
                data.Append(Row(
                    text.Require($"RegisterType_{r.Type}"), r.Number, person?.Name ?? r.DeclarantAadObjectId, person?.Department ?? "",
                    Stamp(r.FiledAt), text.Require($"DeclarationStatus_{r.Status}"), r.Version.ToString(CultureInfo.InvariantCulture), r.Summary,
                    r.ValueKzt?.ToString("0.##", CultureInfo.InvariantCulture) ?? "", r.Outcome ?? "", r.Reason ?? "", r.DecidedAt is { } at ? Stamp(at) : ""));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Register" });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private string Stamp(DateTimeOffset instant) => calendar.Local(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static Row Row(params IEnumerable<string> values)
    {
        var row = new Row();
        foreach (var value in values)
        {
            // Inline strings keep the writer simple; a leading '=' is text, never a formula (CSV/formula injection).
            row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }) });
        }

        return row;
    }
}
