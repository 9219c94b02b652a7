namespace ComplianceBot.Bot.Cards.Model;

/// <summary>Input.Time: values, min and max are HH:mm on the wire.</summary>
public sealed class TimeInput : CardInput
{
    public string? Value { get; set; }

    public string? Placeholder { get; set; }

    public string? Min { get; set; }

    public string? Max { get; set; }
}
