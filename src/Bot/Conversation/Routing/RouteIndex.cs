namespace ComplianceBot.Bot.Conversation.Routing;

internal static class RouteIndex
{
    /// <summary>Indexes routes by key; two routes claiming one key is a wiring error, reported by name.</summary>
    public static Dictionary<string, TRoute> Build<TRoute>(
        IEnumerable<TRoute> routes, Func<TRoute, IEnumerable<string>> keys, string keyKind)
        where TRoute : class
    {
        var index = new Dictionary<string, TRoute>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            foreach (var key in keys(route))
            {
                if (!index.TryAdd(key, route))
                {
                    throw new InvalidOperationException(
                        $"{route.GetType().Name} and {index[key].GetType().Name} both handle the {keyKind} '{key}'.");
                }
            }
        }

        return index;
    }

    /// <summary>
    /// The route of <paramref name="type"/> for this turn: registered as itself, as the Add…Route
    /// methods do, it is the only one made; a route registered another way is found among all of them.
    /// </summary>
    public static TRoute Make<TRoute>(IServiceProvider services, Type type)
        where TRoute : class =>
        services.GetService(type) as TRoute ?? services.GetServices<TRoute>().First(route => route.GetType() == type);
}
