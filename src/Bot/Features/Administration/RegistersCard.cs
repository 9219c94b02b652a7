using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Resources.Declarations;
using ComplianceBot.Domain.Declarations;
using Microsoft.Extensions.Localization;
using static ComplianceBot.Bot.Features.Declarations.CardParts;

namespace ComplianceBot.Bot.Features.Administration;

/// <summary>"Registers" for officers: counts by type and status, the oldest pending items, and the filters.</summary>
public sealed class RegistersCard(IStringLocalizer<DeclarationStrings> text, DeclarationCalendar calendar)
{
    public const string Type = "filterType";
    public const string Status = "filterStatus";
    public const string Department = "filterDepartment";
    public const string From = "filterFrom";
    public const string To = "filterTo";
    public const int OldestShown = 5;

    public AdaptiveCard Build(RegisterFilter filter, IReadOnlyList<RegisterRow> rows)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(rows);
        var card = new AdaptiveCard();
        card.Body.Add(Heading(text.Require("Registers_Title")));
        card.Body.Add(Facts([.. Enum.GetValues<RegisterType>().SelectMany(type => Enum.GetValues<DeclarationStatus>().Select(status =>
            (text.Require($"Registers_Count_{type}_{status}"), (string?)rows.Count(r => r.Type == type && r.Status == status).ToString(CultureInfo.CurrentCulture))))]));
        card.Body.Add(Paragraph(text.Require("Registers_Oldest"), bold: true));
        var oldest = rows.Where(r => r.Status == DeclarationStatus.Pending).Take(OldestShown).ToList();
        card.Body.Add(oldest.Count == 0
            ? Paragraph(text.Require("Registers_NonePending"), subtle: true)
            : Facts([.. oldest.Select(r => (r.Number, (string?)text.Require("Registers_PendingLine", DateTime(calendar.Local(r.FiledAt)), Date(calendar.ReviewDeadline(r.FiledAt)))))]));
        card.Body.Add(Choice(Type, "Registers_Type", filter.Type?.ToString(), Enum.GetValues<RegisterType>().Select(t => new Choice(text.Require($"RegisterType_{t}"), t.ToString()))));
        card.Body.Add(Choice(Status, "Registers_Status", filter.Status?.ToString(), Enum.GetValues<DeclarationStatus>().Select(s => new Choice(text.Require($"DeclarationStatus_{s}"), s.ToString()))));
        card.Body.Add(new TextInput { Id = Department, Label = text.Require("Registers_Department"), MaxLength = Domain.People.Employee.NameMaxLength, Value = filter.Department });
        card.Body.Add(new DateInput { Id = From, Label = text.Require("Registers_From"), Value = filter.From is { } f ? Iso(f) : null });
        card.Body.Add(new DateInput { Id = To, Label = text.Require("Registers_To"), Value = filter.To is { } t ? Iso(t) : null });
        card.Actions =
        [
            CardActions.Execute(text.Require("Registers_Apply"), DeclarationVerbs.RegistersShow),
            CardActions.Execute(text.Require("Export_Button"), DeclarationVerbs.RegistersExport),
        ];
        return card;
    }

    private ChoiceSetInput Choice(string id, string labelKey, string? value, IEnumerable<Choice> choices) => new()
    {
        Id = id, Label = text.Require(labelKey), Value = value, Placeholder = text.Require("Registers_Any"), Choices = [.. choices],
    };
}
