using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceBot.Bot.Channel.Authentication;

/// <summary>
/// A trusted signing key and the channels it is endorsed for. Bot Framework publishes an
/// <c>endorsements</c> list per key; a key endorsed for another channel must not admit a Teams activity,
/// and a Bot Framework key without endorsements (null) admits none (decision 112). Entra keys carry no
/// endorsements; they count only for their own issuer, whose tokens are checked by caller instead.
/// </summary>
internal sealed record ChannelSigningKey(JsonWebKey Key, IReadOnlySet<string>? Endorsements)
{
    private const string EndorsementsProperty = "endorsements";

    public bool IsEndorsedFor(string channelId) => Endorsements is not null && Endorsements.Contains(channelId);

    public static ChannelSigningKey From(JsonWebKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.AdditionalData.TryGetValue(EndorsementsProperty, out var value)
            ? new ChannelSigningKey(key, ReadStrings(value))
            : new ChannelSigningKey(key, null);
    }

    // The JWK parser keeps unknown members as JsonElement or plain CLR values depending on version.
    private static HashSet<string> ReadStrings(object? value)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        switch (value)
        {
            case string single:
                set.Add(single);
                break;
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                foreach (var item in array.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        set.Add(item.GetString()!);
                    }
                }

                break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    if (item is string text)
                    {
                        set.Add(text);
                    }
                }

                break;
        }

        return set;
    }
}
