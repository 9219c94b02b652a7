namespace ComplianceBot.Bot.Conversation.Routing;

/// <summary>
/// Which route type answers which normalised command word, built from the first turn's routes and
/// kept for the life of the process (decision 027): rebuilding it every turn, command titles
/// normalised by two regexes each, was a tenth of what a message allocated. Routes are still
/// scoped; their commands are constants of their type, and each is registered as itself too, so a
/// turn makes only the one it needs (decision 110).
/// </summary>
public sealed class TextCommandIndex
{
    private volatile Dictionary<string, Type>? _byCommand;

    /// <summary>The route type for the text; the first call makes every route once, in <paramref name="services"/>' scope, to read its commands.</summary>
    public Type? Find(string normalizedText, IServiceProvider services)
    {
        var index = _byCommand ??= Build(services.GetServices<ITextCommandRoute>());
        return index.TryGetValue(normalizedText, out var type) ? type : null;
    }

    private static Dictionary<string, Type> Build(IEnumerable<ITextCommandRoute> routes) =>
        RouteIndex.Build(routes, r => r.Commands.Select(TextCommandDispatcher.Normalize), "text command")
            .ToDictionary(pair => pair.Key, pair => pair.Value.GetType(), StringComparer.Ordinal);
}
