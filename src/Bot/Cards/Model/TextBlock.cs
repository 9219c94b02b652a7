namespace ComplianceBot.Bot.Cards.Model;

public sealed class TextBlock : CardElement
{
    public TextBlock()
    {
    }

    public TextBlock(string text) => Text = text;

    public string Text { get; set; } = "";

    public bool? Wrap { get; set; }

    public TextSize? Size { get; set; }

    public TextWeight? Weight { get; set; }

    public TextColor? Color { get; set; }

    public bool? IsSubtle { get; set; }

    public int? MaxLines { get; set; }

    public TextBlockStyle? Style { get; set; }

    public HorizontalAlignment? HorizontalAlignment { get; set; }
}
