namespace ComplianceBot.Bot.Cards.Model;

public sealed class Image : CardElement
{
    public string Url { get; set; } = "";

    public string? AltText { get; set; }

    public ImageSize? Size { get; set; }
}
