using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;

namespace ComplianceBot.Bot.Channel.Inbound;

/// <summary>
/// The serializer refuses invalid UTF-8 and a lone surrogate ("\ud800") in a typed string, but keeps the raw JSON of
/// what it holds as <see cref="JsonElement"/> (value, channelData, entities, unknown fields): there the string fails
/// only when a handler reads it, or when the activity is written out again. So those parts are checked up front.
/// </summary>
internal static partial class ActivityShape
{
    /// <summary>Runs before every other rule, so it reads nothing by name and takes a list's null entry (refused after).</summary>
    private static string? InvalidStrings(Activity activity)
    {
        var valid = Valid(activity.Value) && Valid(activity.ChannelData) && Valid(activity.ExtensionData)
                    && Valid(activity.From?.ExtensionData) && Valid(activity.Recipient?.ExtensionData)
                    && Valid(activity.Conversation?.ExtensionData)
                    && (activity.Entities?.TrueForAll(static entity => Valid(entity)) ?? true)
                    && (activity.MembersAdded?.TrueForAll(static member => Valid(member?.ExtensionData)) ?? true)
                    && (activity.MembersRemoved?.TrueForAll(static member => Valid(member?.ExtensionData)) ?? true)
                    && (activity.Attachments?.TrueForAll(static attachment => attachment?.Content is not JsonElement content || Valid(content)) ?? true);
        return valid ? null : "a JSON string is not valid UTF-8 or UTF-16";
    }

    private static bool Valid(Dictionary<string, JsonElement>? fields) =>
        fields is null || fields.Values.All(static field => Valid(field));

    private static bool Valid(JsonElement? element) => element is not { } value || Valid(value);

    private static bool Valid(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Classify(JsonMarshal.GetRawUtf8Value(element)) switch
                {
                    Raw.Invalid => false,
                    Raw.Escaped => Decodes(element),
                    _ => true,
                };
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var name = Classify(JsonMarshal.GetRawUtf8PropertyName(property));
                    if (name == Raw.Invalid || (name == Raw.Escaped && !Decodes(property)) || !Valid(property.Value))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (!Valid(item))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    private enum Raw
    {
        Plain,
        Escaped,
        Invalid,
    }

    /// <summary>The raw bytes are checked as they are; only an escaped string needs decoding to be known valid.</summary>
    private static Raw Classify(ReadOnlySpan<byte> raw) =>
        !Utf8.IsValid(raw) ? Raw.Invalid : raw.Contains((byte)'\\') ? Raw.Escaped : Raw.Plain;

    // Decoding an escaped lone surrogate throws; it is the only way the reader offers to find one.
    private static bool Decodes(JsonElement value)
    {
        try
        {
            _ = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool Decodes(JsonProperty property)
    {
        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
