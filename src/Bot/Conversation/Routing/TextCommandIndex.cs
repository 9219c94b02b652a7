namespace ComplianceBot.Bot.Conversation.Routing;

/// <summary>
/// The text route for a normalised command word. Kept per process (decision 027): rebuilding it every
/// turn, command titles normalised by two regexes each, was a tenth of what a message allocated.
/// </summary>
public sealed class TextCommandIndex : RouteIndex<ITextCommandRoute>
{
    protected override string KeyKind => "text command";

    protected override IEnumerable<string> KeysOf(ITextCommandRoute route) => route.Commands.Select(TextCommandDispatcher.Normalize);
}
