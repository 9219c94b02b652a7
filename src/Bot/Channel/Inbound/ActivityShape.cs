using System.Text.Json;

namespace ComplianceBot.Bot.Channel.Inbound;

/// <summary>
/// What an inbound activity must carry before anything of it is stored or handled (decision 114): the
/// fields every type needs to be answered and recorded, those its own type needs, ids and strings the
/// registers can hold. A malformed activity is refused with 400; an activity of a type or invoke name the
/// bot does not know still passes, to be ignored or answered 501 as the protocol expects.
/// </summary>
internal static partial class ActivityShape
{
    /// <summary>Column limits of the de-duplication row and the conversation reference (a test keeps them equal to the registers').</summary>
    public const int ActivityIdMaxLength = 200;
    public const int AccountIdMaxLength = 400;
    public const int ServiceUrlMaxLength = 500;
    public const int LocaleMaxLength = 20;

    /// <summary>type and invoke name are short protocol tokens ("conversationUpdate", "composeExtension/queryLink").</summary>
    public const int TokenMaxLength = 100;

    /// <summary>Teams caps a message at about 28 KB; twice that in characters is more than any client sends.</summary>
    public const int TextMaxLength = 64 * 1024;

    /// <summary>Why <paramref name="activity"/> is malformed, naming the field and never its value; null when it is well-formed.</summary>
    public static string? Problem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        // Strings first: looking a property up (value.action, channelData.tenant) decodes the names it passes, and an
        // escaped lone surrogate among them throws.
        return InvalidStrings(activity) ?? Envelope(activity) ?? Accounts(activity) ?? OfType(activity);
    }

    // Bot Framework Activity schema: type (A2010), channelId (A2020), serviceUrl (A2300), conversation.id (A2080)
    // and recipient.id (A2070) are the channel's to send on every activity; they are what a reply is addressed with.
    private static string? Envelope(Activity activity) =>
        Token(activity.Type, "type")
        ?? Id(activity.ChannelId, "channelId", ActivityIdMaxLength, required: true)
        ?? Id(activity.Id is "" ? null : activity.Id, "id", ActivityIdMaxLength, required: false)
        ?? ServiceUrl(activity.ServiceUrl)
        ?? Id(activity.Conversation?.Id, "conversation.id", AccountIdMaxLength, required: true)
        ?? Id(activity.Recipient?.Id, "recipient.id", AccountIdMaxLength, required: true)
        ?? Id(activity.ReplyToId, "replyToId", ActivityIdMaxLength, required: false)
        ?? Locale(activity.Locale)
        ?? (activity.Text is { Length: > TextMaxLength } ? "text is too long" : null);

    // The sender (A2060) is who a message, an action or an install is acted on for; the ids kept in the reference
    // must fit the register.
    private static string? Accounts(Activity activity) =>
        Id(activity.From?.Id, "from.id", AccountIdMaxLength, required: activity.Type is ActivityTypes.Message
            or ActivityTypes.Invoke or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate)
        ?? Id(activity.From?.AadObjectId, "from.aadObjectId", AccountIdMaxLength, required: false)
        ?? Id(ConversationReferenceData.From(activity)?.TenantId, "tenant id", AccountIdMaxLength, required: false)
        ?? NoNullEntry(activity.MembersAdded, "membersAdded")
        ?? NoNullEntry(activity.MembersRemoved, "membersRemoved")
        ?? NoNullEntry(activity.Attachments, "attachments");

    private static string? OfType(Activity activity) => activity.Type switch
    {
        // A message carries something to act on: text (A3000: even empty), card data, or attachments.
        ActivityTypes.Message when activity is { Text: null, Value: null, Attachments: null or [] } =>
            "message has no text, value or attachments",
        ActivityTypes.Invoke => Token(activity.Name, "invoke name") ?? (activity.Name == ActivityTypes.AdaptiveCardAction ? CardAction(activity.Value) : null),
        _ => null,
    };

    // Universal Actions: value.action = { type, verb, data }; the verb is a string when there is one.
    private static string? CardAction(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } body
            || !body.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return "adaptiveCard/action without a value.action object";
        }

        return action.TryGetProperty("verb", out var verb) && verb.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)
            ? "value.action.verb is not a string"
            : null;
    }

    private static string? Token(string? value, string field) => Id(value, field, TokenMaxLength, required: true);

    /// <summary>An id is opaque (never parsed), but it is a non-blank single line that fits its column.</summary>
    private static string? Id(string? value, string field, int maxLength, bool required)
    {
        if (value is null)
        {
            return required ? $"{field} is missing" : null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{field} is blank";
        }

        if (value.Length > maxLength)
        {
            return $"{field} is longer than {maxLength}";
        }

        return value.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0 || value.AsSpan().IndexOfAnyInRange('\u007f', '\u009f') >= 0
            ? $"{field} has a control character"
            : null;
    }

    private static string? ServiceUrl(string? serviceUrl) =>
        Id(serviceUrl, "serviceUrl", ServiceUrlMaxLength, required: true)
        ?? (ServiceUrls.IsHttpUrl(serviceUrl) ? null : "serviceUrl is not an absolute http(s) URL");

    // BCP-47 tags (A3020: an unknown tag is not refused), here as short as the register's column.
    private static string? Locale(string? locale) =>
        locale is null or "" ? null
        : locale.Length <= LocaleMaxLength && locale.AsSpan().IndexOfAnyExcept(LocaleCharacters) < 0 ? null
        : "locale is not a language tag";

    private static readonly System.Buffers.SearchValues<char> LocaleCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    private static string? NoNullEntry<T>(List<T>? list, string field)
        where T : class =>
        list is not null && list.Exists(static entry => entry is null) ? $"{field} has a null entry" : null;
}
