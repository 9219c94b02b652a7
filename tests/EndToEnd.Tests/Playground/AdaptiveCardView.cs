using System.Text.Json;

namespace ComplianceBot.EndToEnd.Tests.Playground;

/// <summary>Read-only questions a test asks of an Adaptive Card's JSON.</summary>
public sealed class AdaptiveCardView(JsonElement card)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public JsonElement Json { get; } = card;

    /// <summary>The first TextBlock's text, depth first through containers.</summary>
    public string? FirstText => Descendants(Json).Where(e => Type(e) == "TextBlock").Select(e => e.GetProperty("text").GetString()).FirstOrDefault();

    /// <summary>Every action of the card: its own actions, ActionSets in the body, and ShowCard sub-cards.</summary>
    public IReadOnlyList<JsonElement> Actions =>
        Descendants(Json).Where(e => Type(e)?.StartsWith("Action.", StringComparison.Ordinal) == true).ToList();

    public IReadOnlyList<string> ActionTitles =>
        Actions.Select(a => a.TryGetProperty("title", out var title) ? title.GetString() ?? "" : "").ToList();

    public string Summary => $"{FirstText} {{{string.Join(", ", ActionTitles)}}}";

    public JsonElement Action(string title) =>
        Actions.FirstOrDefault(a => a.TryGetProperty("title", out var t) && t.GetString() == title) is { ValueKind: JsonValueKind.Object } action
            ? action
            : throw new InvalidOperationException($"No action titled '{title}' in the card: {Summary}");

    private static string? Type(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (var property in element.EnumerateObject())
            {
                // An action's data is the bot's own payload, not card structure.
                if (property.Name is "data" or "fallback")
                {
                    continue;
                }

                foreach (var child in Descendants(property.Value))
                {
                    yield return child;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray().SelectMany(Descendants))
            {
                yield return child;
            }
        }
    }
}
