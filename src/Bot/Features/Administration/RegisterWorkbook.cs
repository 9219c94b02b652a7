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
        return WriteSheet([.. HeaderKeys.Select(k => text.Require(k))], rows.Select(r =>
        {
            var person = people.GetValueOrDefault(r.DeclarantAadObjectId);
            return (IReadOnlyList<object?>)
            [
                text.Require($"RegisterType_{r.Type}"), r.Number, person?.Name ?? r.DeclarantAadObjectId, person?.Department, r.FiledAt,
                text.Require($"DeclarationStatus_{r.Status}"), r.Version, r.Summary, r.ValueKzt, r.Outcome, r.Reason, r.DecidedAt,
            ];
        }));
    }

    /// <summary>
    /// Any register as one sheet of typed cells (decision 145): a <see cref="string"/> is text, an <see cref="int"/> a
    /// number, a <see cref="decimal"/> tenge, a <see cref="DateTimeOffset"/> a date and time of the organisation's zone,
    /// a <see cref="DateOnly"/> a date; null an empty text cell.
    /// </summary>
    public byte[] WriteSheet(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(new Row(headers.Select(Text)));
            foreach (var row in rows)
            {
                data.Append(new Row(row.Select(Cell)));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Register" });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private Cell Cell(object? value) => value switch
    {
        null => Text(""),
        string s => Text(s),
        int n => Number((double)n, NumberStyle),
        decimal kzt => Number(kzt, TengeStyle),
        DateTimeOffset instant => Stamp(instant),
        DateOnly day => Number(day.ToDateTime(TimeOnly.MinValue).ToOADate(), DayStyle),
        _ => throw new ArgumentException($"No cell type for {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>Cell formats: 0 text, <see cref="DateStyle"/> a date and time, <see cref="TengeStyle"/> tenge, <see cref="NumberStyle"/> a whole number, <see cref="DayStyle"/> a date.</summary>
    public const uint DateStyle = 1;
    public const uint TengeStyle = 2;
    public const uint NumberStyle = 3;
    public const uint DayStyle = 4;

    /// <summary>An instant as an Excel date serial of the organisation's local time, formatted as a date and time (decision 141).</summary>
    private Cell Stamp(DateTimeOffset instant) => Number(calendar.Local(instant).DateTime.ToOADate(), DateStyle);

    private static Cell Number(double value, uint style) => new() { DataType = CellValues.Number, CellValue = new CellValue(value), StyleIndex = style };

    private static Cell Number(decimal value, uint style) => new() { DataType = CellValues.Number, CellValue = new CellValue(value), StyleIndex = style };

    // Inline strings keep the writer simple; a leading '=' is text, never a formula (CSV/formula injection).
    private static Cell Text(string value) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }) };

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0.00\\ \"\u20B8\"" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "yyyy-mm-dd" }) { Count = 3 },
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166, ApplyNumberFormat = true }) { Count = 5 });
}
