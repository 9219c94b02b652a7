namespace ComplianceBot.Bot.Conversation.Routing;

/// <summary>
/// Which route type answers which normalised command word, built from the first turn's routes and
/// kept for the life of the process (decision 027): rebuilding it every turn, command titles
/// normalised by two regexes each, was a tenth of what a message allocated. Routes are still
/// scoped; their commands are constants of their type.
/// </summary>
public sealed class TextCommandIndex
{
    private volatile Dictionary<string, Type>? _byCommand;

    public Type? Find(string normalizedText, IEnumerable<ITextCommandRoute> routes)
    {
        var index = _byCommand ??= Build(routes);
        return index.TryGetValue(normalizedText, out var type) ? type : null;
    }

    private static Dictionary<string, Type> Build(IEnumerable<ITextCommandRoute> routes) =>
        RouteIndex.Build(routes, r => r.Commands.Select(TextCommandDispatcher.Normalize), "text command")
            .ToDictionary(pair => pair.Key, pair => pair.Value.GetType(), StringComparer.Ordinal);
}
