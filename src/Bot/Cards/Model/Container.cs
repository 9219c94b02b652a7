namespace ComplianceBot.Bot.Cards.Model;

public sealed class Container : CardElement
{
    public List<CardElement> Items { get; set; } = [];

    public ContainerStyle? Style { get; set; }

    public bool? Bleed { get; set; }
}
