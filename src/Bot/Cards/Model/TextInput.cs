namespace ComplianceBot.Bot.Cards.Model;

public sealed class TextInput : CardInput
{
    public string? Value { get; set; }

    public string? Placeholder { get; set; }

    public int? MaxLength { get; set; }

    public bool? IsMultiline { get; set; }

    public TextInputStyle? Style { get; set; }

    public string? Regex { get; set; }
}
