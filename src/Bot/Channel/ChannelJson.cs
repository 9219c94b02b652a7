using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplianceBot.Bot.Channel;

/// <summary>The Bot Framework wire format: camelCase, nulls omitted, unknown fields kept by [JsonExtensionData].</summary>
public static class ChannelJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
