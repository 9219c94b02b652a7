using System.Text.Json;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Menu;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Conversation.Routing;

namespace ComplianceBot.Bot.Conversation;

/// <summary>
/// The conversation entry point: chooses the turn's language, then hands the activity to the
/// text-command or card-action routes, or greets a new install. Flows never touch this class;
/// they register routes (docs/decisions/032). Each dispatcher takes every route of its kind, so it is
/// made only for a turn of that kind: a typed word builds no card route, a card action no text route.
/// </summary>
internal sealed class ConversationActivityHandler(
    LanguageResolver languages,
    Lazy<TextCommandDispatcher> textCommands,
    Lazy<CardActionDispatcher> cardActions,
    MenuCards cards,
    ILogger<ConversationActivityHandler> logger) : IActivityHandler
{
    private const string TeamsChannelId = "msteams";
    private const string InstallAction = "add";

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var language = await languages.ResolveAsync(activity, cancellationToken);
        using var culture = CultureScope.Enter(language);
        var conversation = new ConversationTurn(turn, language);

        switch (activity.Type)
        {
            case ActivityTypes.Message when activity.Value is { ValueKind: JsonValueKind.Object } value
                                            && string.IsNullOrWhiteSpace(activity.Text):
                return await cardActions.Value.DispatchAsync(
                    conversation, VerbOf(value), value, CardActionKind.Submit, cancellationToken);
            case ActivityTypes.Message:
                await textCommands.Value.DispatchAsync(conversation, cancellationToken);
                return null;
            case ActivityTypes.Invoke:
                return await OnInvokeAsync(conversation, cancellationToken);
            case ActivityTypes.InstallationUpdate when activity.Action == InstallAction:
            case ActivityTypes.ConversationUpdate when BotWasAddedOutsideTeams(activity):
                await conversation.SendCardAsync(cards.Welcome(), cancellationToken);
                ConversationLog.WelcomeSent(logger, language);
                return null;
            default:
                ConversationLog.ActivityIgnored(logger, activity.Type);
                return null;
        }
    }

    private async Task<InvokeResponse?> OnInvokeAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Name != ActivityTypes.AdaptiveCardAction)
        {
            ConversationLog.UnsupportedInvoke(logger, activity.Name);
            return new InvokeResponse(501, null);
        }

        // Action.Execute: value.action = { type, title, verb, data } with the inputs in data.
        JsonElement action = default;
        var hasAction = activity.Value is { ValueKind: JsonValueKind.Object } value
                        && value.TryGetProperty("action", out action)
                        && action.ValueKind == JsonValueKind.Object;
        var verb = hasAction && action.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var data = hasAction && action.TryGetProperty("data", out var d) ? d : default;
        return await cardActions.Value.DispatchAsync(turn, verb, data, CardActionKind.Execute, cancellationToken);
    }

    private static string? VerbOf(JsonElement submitted) =>
        submitted.TryGetProperty(CardActions.VerbKey, out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : null;

    // Teams sends installationUpdate for every install, and conversationUpdate as well: greeting
    // on both would post two welcome cards. Other channels (Web Chat, the Emulator) send only
    // conversationUpdate, so that is the signal there (docs/decisions/032).
    private static bool BotWasAddedOutsideTeams(Activity activity) =>
        !string.Equals(activity.ChannelId, TeamsChannelId, StringComparison.OrdinalIgnoreCase)
        && activity.Recipient?.Id is { } botId
        && activity.MembersAdded?.Any(m => m.Id == botId) == true;
}
