namespace ComplianceBot.Bot.Cards.Model;

public sealed class ChoiceSetInput : CardInput
{
    public List<Choice> Choices { get; set; } = [];

    /// <summary>The chosen value; for a multi-select, the values joined by commas.</summary>
    public string? Value { get; set; }

    public string? Placeholder { get; set; }

    public ChoiceInputStyle? Style { get; set; }

    public bool? IsMultiSelect { get; set; }
}

public sealed record Choice(string Title, string Value);
