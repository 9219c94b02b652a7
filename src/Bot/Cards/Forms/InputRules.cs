using System.Globalization;
using ComplianceBot.Bot.Cards.Model;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Cards.Forms;

/// <summary>
/// Puts a submitted value back into its input and checks it against the input's own limits.
/// Values arrive as Teams sends them: numbers as text, dates YYYY-MM-DD, times HH:mm.
/// </summary>
internal sealed class InputRules(IStringLocalizer text)
{
    private const string IsoDate = "yyyy-MM-dd";
    private const string IsoTime = "HH:mm";

    public string? KeepAndCheck(CardInput input, string? raw)
    {
        var value = string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
        if (value is null)
        {
            ClearValue(input);
            return input.IsRequired == true ? input.ErrorMessage ?? text.Require("Validation_Required") : null;
        }

        return input switch
        {
            TextInput t => CheckText(t, raw!),
            NumberInput n => CheckNumber(n, value),
            DateInput d => CheckDate(d, value),
            TimeInput t => CheckTime(t, value),
            ChoiceSetInput c => CheckChoice(c, value),
            ToggleInput t => CheckToggle(t, value),
            _ => null,
        };
    }

    private static void ClearValue(CardInput input)
    {
        switch (input)
        {
            case TextInput t: t.Value = null; break;
            case NumberInput n: n.Value = null; break;
            case DateInput d: d.Value = null; break;
            case TimeInput t: t.Value = null; break;
            case ChoiceSetInput c: c.Value = null; break;
            case ToggleInput t: t.Value = t.ValueOff; break;
        }
    }

    private string? CheckText(TextInput input, string raw)
    {
        input.Value = raw;
        return input.MaxLength is { } max && raw.Length > max ? text.Require("Validation_TooLong", max) : null;
    }

    private string? CheckNumber(NumberInput input, string value)
    {
        if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            input.Value = null;
            return text.Require("Validation_NotANumber");
        }

        input.Value = number;
        return number < input.Min ? text.Require("Validation_Min", input.Min.Value.ToString("#,0.##", CultureInfo.CurrentCulture))
            : number > input.Max ? text.Require("Validation_Max", input.Max.Value.ToString("#,0.##", CultureInfo.CurrentCulture))
            : null;
    }

    private string? CheckDate(DateInput input, string value)
    {
        if (!DateOnly.TryParseExact(value, IsoDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            input.Value = null;
            return text.Require("Validation_NotADate");
        }

        input.Value = value;
        return Bounds(date, Parse(input.Min), Parse(input.Max), d => d.ToString("d", CultureInfo.CurrentCulture));

        static DateOnly? Parse(string? iso) =>
            DateOnly.TryParseExact(iso, IsoDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    private string? CheckTime(TimeInput input, string value)
    {
        if (!TimeOnly.TryParseExact(value, IsoTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            input.Value = null;
            return text.Require("Validation_NotATime");
        }

        input.Value = value;
        return Bounds(time, Parse(input.Min), Parse(input.Max), t => t.ToString(IsoTime, CultureInfo.InvariantCulture));

        static TimeOnly? Parse(string? iso) =>
            TimeOnly.TryParseExact(iso, IsoTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
    }

    private string? Bounds<T>(T value, T? min, T? max, Func<T, string> format)
        where T : struct, IComparable<T> =>
        min is { } lo && value.CompareTo(lo) < 0 ? text.Require("Validation_NotBefore", format(lo))
        : max is { } hi && value.CompareTo(hi) > 0 ? text.Require("Validation_NotAfter", format(hi))
        : null;

    private string? CheckChoice(ChoiceSetInput input, string value)
    {
        input.Value = value;
        var chosen = input.IsMultiSelect == true ? value.Split(',', StringSplitOptions.TrimEntries) : [value];
        return chosen.All(c => input.Choices.Exists(choice => choice.Value == c)) ? null : text.Require("Validation_InvalidChoice");
    }

    private string? CheckToggle(ToggleInput input, string value)
    {
        input.Value = value;
        var on = input.ValueOn ?? "true";
        return input.IsRequired == true && value != on ? input.ErrorMessage ?? text.Require("Validation_Required") : null;
    }
}
