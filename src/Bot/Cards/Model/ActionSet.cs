namespace ComplianceBot.Bot.Cards.Model;

public sealed class ActionSet : CardElement
{
    public List<CardAction> Actions { get; set; } = [];
}
