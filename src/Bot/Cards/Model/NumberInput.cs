namespace ComplianceBot.Bot.Cards.Model;

public sealed class NumberInput : CardInput
{
    public decimal? Value { get; set; }

    public string? Placeholder { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }
}
