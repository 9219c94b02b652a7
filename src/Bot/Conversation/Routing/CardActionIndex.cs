namespace ComplianceBot.Bot.Conversation.Routing;

/// <summary>
/// Which route type answers which card-action verb, built once from the first card action's routes
/// (decision 110). A route's verb is a constant of its type, and each route is registered as itself
/// too, so a card action makes only the route it needs instead of all of them and everything they need.
/// </summary>
public sealed class CardActionIndex
{
    private volatile Dictionary<string, Type>? _byVerb;

    /// <summary>The route type for the verb; the first call makes every route once, in <paramref name="services"/>' scope, to read its verb.</summary>
    public Type? Find(string verb, IServiceProvider services)
    {
        var index = _byVerb ??= RouteIndex.Build(services.GetServices<ICardActionRoute>(), r => [r.Verb], "verb")
            .ToDictionary(pair => pair.Key, pair => pair.Value.GetType(), StringComparer.Ordinal);
        return index.TryGetValue(verb, out var type) ? type : null;
    }
}
