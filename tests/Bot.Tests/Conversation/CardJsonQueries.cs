using System.Text.Json;

namespace ComplianceBot.Bot.Tests.Conversation;

/// <summary>Reads what a person would see on a card: its texts and its buttons.</summary>
internal static class CardJsonQueries
{
    public static IEnumerable<string> Texts(this JsonElement card) =>
        Descendants(card).Where(e => TypeOf(e) == "TextBlock")
            .Select(e => e.GetProperty("text").GetString()!);

    /// <summary>Buttons as (title, verb): Action.Execute's verb, or the "verb" of an Action.Submit's data.</summary>
    public static IEnumerable<(string Title, string? Verb)> Buttons(this JsonElement card) =>
        Descendants(card)
            .Where(e => TypeOf(e)?.StartsWith("Action.", StringComparison.Ordinal) == true)
            .Select(e => (e.GetProperty("title").GetString()!, VerbOf(e)));

    private static string? TypeOf(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) ? t.GetString() : null;

    private static string? VerbOf(JsonElement action) =>
        action.TryGetProperty("verb", out var verb) ? verb.GetString()
        : action.TryGetProperty("data", out var data) && data.TryGetProperty("verb", out var v) ? v.GetString()
        : null;

    // A fallback action is what an older client shows instead, not another button.
    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        IEnumerable<JsonElement> children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject()
                .Where(p => p.Name != "fallback")
                .Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
