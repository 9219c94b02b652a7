using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ComplianceBot.Bot.Cards.Model;

namespace ComplianceBot.Bot.Cards;

/// <summary>
/// The one way cards become JSON: camelCase as the schema spells it, null properties left
/// out, enums as camelCase strings, and Cyrillic (Kazakh and Russian) and quotes written as
/// is rather than as \u escapes, which would triple the size of every card. The relaxed
/// encoder is safe here: card JSON goes to Teams as JSON, never into an HTML page.
/// Every TextBlock's text and every Fact is written as plain text (<see cref="PlainText"/>, decision 121), whoever
/// built the card, so no builder can forget it.
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

    /// <summary>A deep copy with the texts as the builder set them (not yet made plain, so not made plain twice).</summary>
    public static AdaptiveCard Clone(AdaptiveCard card) =>
        JsonSerializer.Deserialize<AdaptiveCard>(JsonSerializer.Serialize(card, ModelOptions), ModelOptions)
        ?? throw new JsonException("The JSON holds no card.");

    private static JsonSerializerOptions IndentedOptions { get; } = new(Options) { WriteIndented = true };

    private static JsonSerializerOptions ModelOptions { get; } = CreateOptions(plainText: false);

    private static JsonSerializerOptions CreateOptions(bool plainText = true)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        if (plainText)
        {
            var resolver = new DefaultJsonTypeInfoResolver();
            resolver.Modifiers.Add(WritePlainText);
            options.TypeInfoResolver = resolver;
        }

        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static void WritePlainText(JsonTypeInfo info)
    {
        if (info.Type == typeof(TextBlock))
        {
            Wrap(info, nameof(TextBlock.Text), (_, text) => PlainText.Of(text));
        }
        else if (info.Type == typeof(Fact))
        {
            Wrap(info, nameof(Fact.Title), (_, text) => PlainText.Of(text));
            Wrap(info, nameof(Fact.Value), (fact, text) => ((Fact)fact).Verbatim ? PlainText.Verbatim(text) : PlainText.Of(text));
        }
    }

    private static void Wrap(JsonTypeInfo info, string member, Func<object, string?, string> render)
    {
        var property = info.Properties.Single(p => string.Equals(p.Name, member, StringComparison.OrdinalIgnoreCase));
        var get = property.Get ?? throw new InvalidOperationException($"{info.Type.Name}.{member} cannot be read.");
        property.Get = owner => render(owner, get(owner) as string);
    }
}
