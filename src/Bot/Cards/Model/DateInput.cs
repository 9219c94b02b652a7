namespace ComplianceBot.Bot.Cards.Model;

/// <summary>Input.Date: values, min and max are ISO dates (YYYY-MM-DD) on the wire.</summary>
public sealed class DateInput : CardInput
{
    public string? Value { get; set; }

    public string? Placeholder { get; set; }

    public string? Min { get; set; }

    public string? Max { get; set; }
}
