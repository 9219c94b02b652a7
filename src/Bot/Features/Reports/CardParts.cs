using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Channel;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>Small builders the report cards share.</summary>
internal static class CardParts
{
    public static AdaptiveCard Card(params CardElement[] elements)
    {
        var card = new AdaptiveCard();
        card.Body.AddRange(elements);
        return card;
    }

    public static TextBlock Heading(string value) =>
        new(value) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true };

    public static TextBlock Paragraph(string value, bool subtle = false, TextColor? color = null) =>
        new(value) { Wrap = true, IsSubtle = subtle ? true : null, Color = color };

    public static FactSet Facts(params (string Title, string Value)[] facts) =>
        new() { Facts = [.. facts.Select(f => new Fact(f.Title, f.Value))] };

    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    public static TextInput Text(string id, string label, int maxLength, bool required = false, bool multiline = false, string? error = null) => new()
    {
        Id = id, Label = label, MaxLength = maxLength, IsRequired = required ? true : null,
        IsMultiline = multiline ? true : null, ErrorMessage = error,
    };

    /// <summary>Data of a reporter-side action: marked so the channel stores no conversation reference (decision 090).</summary>
    public static Dictionary<string, string> Confidential(params (string Key, string Value)[] extra)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [ConfidentialActions.DataKey] = ConfidentialActions.On };
        foreach (var (key, value) in extra)
        {
            data[key] = value;
        }

        return data;
    }

    public static Dictionary<string, string> ForReport(Guid reportId) =>
        new(StringComparer.Ordinal) { [ReportInputs.ReportId] = reportId.ToString() };

    public static ActionSet Buttons(params CardAction[] actions) => new() { Actions = [.. actions] };

    public static ExecuteAction Execute(string title, string verb, IReadOnlyDictionary<string, string>? data = null, ActionStyle? style = null) =>
        CardActions.Execute(title, verb, data, style);
}
