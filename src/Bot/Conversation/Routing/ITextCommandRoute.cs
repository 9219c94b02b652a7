namespace ComplianceBot.Bot.Conversation.Routing;

/// <summary>
/// Handles typed text commands. Register with
/// <see cref="RouteServiceCollectionExtensions.AddTextCommandRoute{TRoute}"/>.
/// </summary>
public interface ITextCommandRoute
{
    /// <summary>
    /// The words that trigger it, in every language; matched against the message text
    /// trimmed, without a leading @mention, case-insensitively.
    /// </summary>
    IReadOnlyCollection<string> Commands { get; }

    Task HandleAsync(ConversationTurn turn, CancellationToken cancellationToken);
}
