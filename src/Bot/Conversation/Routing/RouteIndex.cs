namespace ComplianceBot.Bot.Conversation.Routing;

/// <summary>
/// Which route type answers which key, built from the first turn's routes and kept for the life of
/// the process (decision 027): a route's keys are constants of its type. Each route is registered as
/// itself too, so a turn makes only the route that answers it, not every route and all they need
/// (decision 110).
/// </summary>
public abstract class RouteIndex<TRoute>
    where TRoute : class
{
    private volatile Dictionary<string, Type>? _byKey;

    /// <summary>What a key is, for the wiring error of two routes claiming one.</summary>
    protected abstract string KeyKind { get; }

    /// <summary>
    /// The route that answers <paramref name="key"/>, made in <paramref name="services"/>' scope, or null.
    /// The first call makes every route once to read its keys.
    /// </summary>
    public TRoute? Route(string key, IServiceProvider services)
    {
        var byKey = _byKey ??= Build(services.GetServices<TRoute>());
        return byKey.TryGetValue(key, out var type) ? Make(services, type) : null;
    }

    protected abstract IEnumerable<string> KeysOf(TRoute route);

    /// <summary>Two routes claiming one key is a wiring error, reported by name.</summary>
    private Dictionary<string, Type> Build(IEnumerable<TRoute> routes)
    {
        var byKey = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            foreach (var key in KeysOf(route))
            {
                if (!byKey.TryAdd(key, route.GetType()))
                {
                    throw new InvalidOperationException(
                        $"{route.GetType().Name} and {byKey[key].Name} both handle the {KeyKind} '{key}'.");
                }
            }
        }

        return byKey;
    }

    // Registered as itself, as the Add…Route methods do, it is the only one made; a route registered
    // another way is found among all of them.
    private static TRoute Make(IServiceProvider services, Type type) =>
        services.GetService(type) as TRoute ?? services.GetServices<TRoute>().First(route => route.GetType() == type);
}
