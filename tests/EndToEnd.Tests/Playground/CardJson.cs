using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceBot.EndToEnd.Tests.Playground;

/// <summary>What the tests send to and read from a card: an Action.Execute body, a card's facts and texts.</summary>
public static class CardJson
{
    public static JsonObject Execute(string verb, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data["verb"] = verb;
        return new JsonObject { ["type"] = "Action.Execute", ["title"] = verb, ["verb"] = verb, ["data"] = data };
    }

    public static List<(string Title, string Value)> Facts(JsonElement card) =>
        [.. Descendants(card).Where(e => Type(e) == "FactSet")
            .SelectMany(f => f.GetProperty("facts").EnumerateArray())
            .Select(f => (f.GetProperty("title").GetString()!, f.GetProperty("value").GetString()!))];

    public static IEnumerable<string> Texts(JsonElement card) =>
        Descendants(card).Where(e => Type(e) == "TextBlock").Select(e => e.GetProperty("text").GetString()!);

    private static string? Type(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;

    private static IEnumerable<JsonElement> Descendants(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => [element, .. element.EnumerateObject().SelectMany(p => Descendants(p.Value))],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Descendants),
        _ => [],
    };
}
