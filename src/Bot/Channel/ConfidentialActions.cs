using System.Text.Json;

namespace ComplianceBot.Bot.Channel;

/// <summary>
/// A card action whose data carries <see cref="DataKey"/> = "1" is a step of an anonymous report (Reg. 23.2):
/// the channel keeps no conversation reference for it, so nothing stored ties that turn to the person.
/// Skipping costs only the ability to message that person proactively from this turn, which such a step
/// must not need (decision 090).
/// </summary>
public static class ConfidentialActions
{
    public const string DataKey = "confidential";
    public const string On = "1";

    public static bool IsConfidential(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return false;
        }

        // Action.Submit: the data is the message's value; Action.Execute: value.action.data.
        var data = activity.Type == ActivityTypes.Invoke
                   && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
                   && action.TryGetProperty("data", out var executeData)
            ? executeData
            : value;
        return data.ValueKind == JsonValueKind.Object
               && data.TryGetProperty(DataKey, out var flag)
               && flag.ValueKind == JsonValueKind.String
               && flag.GetString() == On;
    }
}
