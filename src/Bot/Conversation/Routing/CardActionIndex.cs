namespace ComplianceBot.Bot.Conversation.Routing;

/// <summary>The card-action route for a verb (decision 110).</summary>
public sealed class CardActionIndex : RouteIndex<ICardActionRoute>
{
    protected override string KeyKind => "verb";

    protected override IEnumerable<string> KeysOf(ICardActionRoute route) => [route.Verb];
}
