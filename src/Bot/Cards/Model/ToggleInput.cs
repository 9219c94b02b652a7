namespace ComplianceBot.Bot.Cards.Model;

public sealed class ToggleInput : CardInput
{
    public string Title { get; set; } = "";

    /// <summary>Submitted value; <see cref="ValueOn"/> or <see cref="ValueOff"/> ("true"/"false" unless set).</summary>
    public string? Value { get; set; }

    public string? ValueOn { get; set; }

    public string? ValueOff { get; set; }
}
