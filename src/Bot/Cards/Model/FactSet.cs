namespace ComplianceBot.Bot.Cards.Model;

public sealed class FactSet : CardElement
{
    public List<Fact> Facts { get; set; } = [];
}

public sealed record Fact(string Title, string Value);
