namespace ComplianceBot.Bot.Cards.Model;

/// <summary>
/// Common properties of the Input.* elements. <see cref="CardElement.Id"/> is the key under
/// which the value is submitted, so every input needs one.
/// </summary>
public abstract class CardInput : CardElement
{
    public string? Label { get; set; }

    public bool? IsRequired { get; set; }

    /// <summary>Shown by the client when its own validation fails (required, min/max, regex).</summary>
    public string? ErrorMessage { get; set; }
}
