namespace ComplianceBot.Bot.Conversation.Routing;

/// <summary>The route among those claiming a key; two claiming one is a wiring error, reported by name.</summary>
internal static class RouteChoice
{
    public static TRoute? OneOrNone<TRoute>(IEnumerable<TRoute> claiming, string keyKind, string key)
        where TRoute : class
    {
        var routes = claiming.Take(2).ToList();
        return routes.Count < 2
            ? routes.FirstOrDefault()
            : throw new InvalidOperationException(
                $"{routes[0].GetType().Name} and {routes[1].GetType().Name} both handle the {keyKind} '{key}'.");
    }
}
