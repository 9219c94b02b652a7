namespace ComplianceBot.Bot.Conversation.Routing;

/// <summary>
/// Handles one card-action verb, whether it came as Action.Execute (invoke
/// <c>adaptiveCard/action</c>) or as Action.Submit (a message whose value carries "verb").
/// Register with <see cref="RouteServiceCollectionExtensions.AddCardActionRoute{TRoute}"/>;
/// the dispatcher finds it by <see cref="Verb"/>.
/// </summary>
public interface ICardActionRoute
{
    /// <summary>The verb, a constant of the flow (see <c>CardVerbs</c>).</summary>
    string Verb { get; }

    Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken);
}
