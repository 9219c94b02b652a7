namespace ComplianceBot.Bot.Conversation.Routing;

/// <summary>
/// Handles typed text commands. Register with
/// <see cref="RouteServiceCollectionExtensions.AddTextCommandRoute{TRoute}"/>.
/// </summary>
public interface ITextCommandRoute
{
    /// <summary>
    /// The words that trigger it, in every language, written as <see cref="TextCommandDispatcher.Normalize"/> gives
    /// them (lower-case, single spaces, no '/' or trailing punctuation): the message text is normalised and compared
    /// with them as they are. A test checks every registered command is in that form.
    /// </summary>
    IReadOnlyCollection<string> Commands { get; }

    Task HandleAsync(ConversationTurn turn, CancellationToken cancellationToken);
}
