using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ComplianceBot.Bot.Cards.Model;

namespace ComplianceBot.Bot.Cards;

/// <summary>
/// The one way cards become JSON: camelCase as the schema spells it, null properties left
/// out, enums as camelCase strings, and Cyrillic (Kazakh and Russian) and quotes written as
/// is rather than as \u escapes, which would triple the size of every card. The relaxed
/// encoder is safe here: card JSON goes to Teams as JSON, never into an HTML page.
/// </summary>
public static class CardJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static JsonElement ToElement(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, Options);

    public static string Serialize(AdaptiveCard card, bool indented = false) =>
        JsonSerializer.Serialize(card, indented ? IndentedOptions : Options);

    public static AdaptiveCard Deserialize(string json) =>
        JsonSerializer.Deserialize<AdaptiveCard>(json, Options)
        ?? throw new JsonException("The JSON holds no card.");

    private static JsonSerializerOptions IndentedOptions { get; } = new(Options) { WriteIndented = true };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
