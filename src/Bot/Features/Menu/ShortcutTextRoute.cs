using ComplianceBot.Bot.Conversation;
using System.Text.Json;
using ComplianceBot.Bot.Conversation.Routing;

namespace ComplianceBot.Bot.Features.Menu;

/// <summary>
/// Typed shortcuts from the Teams command list ("declare gift", "сыйлық", …) run the same route
/// as the menu button with that verb, so a command and a button can never drift apart.
/// </summary>
internal sealed class ShortcutTextRoute(Lazy<CardActionDispatcher> actions) : ITextCommandRoute
{
    private static readonly Dictionary<string, string> VerbByWord = BotCommands.All
        .Where(c => c.Verb is not null)
        .SelectMany(c => c.Titles.Select(t => (Word: TextCommandDispatcher.Normalize(t), c.Verb)))
        .ToDictionary(p => p.Word, p => p.Verb!, StringComparer.Ordinal);

    private static readonly JsonElement NoData = JsonDocument.Parse("{}").RootElement;

    public IReadOnlyCollection<string> Commands => VerbByWord.Keys;

    public Task HandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var verb = VerbByWord[TextCommandDispatcher.Normalize(turn.Activity.Text)];
        return actions.Value.DispatchAsync(turn, verb, NoData, CardActionKind.Submit, cancellationToken);
    }
}
