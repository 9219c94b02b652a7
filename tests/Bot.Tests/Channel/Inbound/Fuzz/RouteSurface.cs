using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Conversation.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Channel.Inbound.Fuzz;

/// <summary>
/// What a user can reach, read from the running host so that a new route is fuzzed without touching the test: every
/// registered card verb and text command, every input id and data key of the cards the bot can send (its card
/// catalog, and the cards it really sent while the host was seeded), the data each card gives each verb, the inputs
/// of the cards that carry each verb, and the values a card offers for each input (defaults, choices, data).
/// </summary>
internal sealed record RouteSurface(
    IReadOnlyList<string> Verbs,
    IReadOnlyList<string> Commands,
    IReadOnlyList<string> Keys,
    IReadOnlyDictionary<string, IReadOnlyList<JsonObject>> DataByVerb,
    IReadOnlyDictionary<string, IReadOnlyList<string>> InputsByVerb,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ValuesByKey)
{
    public static RouteSurface Read(IServiceProvider services, IEnumerable<JsonElement> sentCards)
    {
        using var scope = services.CreateScope();
        var verbs = scope.ServiceProvider.GetServices<ICardActionRoute>().Select(route => route.Verb).Order(StringComparer.Ordinal).ToList();
        var commands = scope.ServiceProvider.GetServices<ITextCommandRoute>().SelectMany(route => route.Commands).Distinct().Order(StringComparer.Ordinal).ToList();
        var cards = new List<JsonElement>(sentCards);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            cards.AddRange(services.GetRequiredService<ICardCatalog>().Entries.Select(entry => CardJson.ToElement(entry.CreateSample())));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        var keys = new SortedSet<string>(StringComparer.Ordinal) { CardActions.VerbKey, "confidential" };
        var data = verbs.ToDictionary(verb => verb, _ => new List<JsonObject>(), StringComparer.Ordinal);
        var inputs = verbs.ToDictionary(verb => verb, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var values = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var card in cards)
        {
            var cardInputs = new List<string>();
            var cardVerbs = new List<string>();
            foreach (var element in Walk(card))
            {
                var type = element.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                if (type?.StartsWith("Input.", StringComparison.Ordinal) == true && element.TryGetProperty("id", out var id))
                {
                    cardInputs.Add(id.GetString()!);
                    Offer(values, id.GetString()!, element.TryGetProperty("value", out var v) ? v : default);
                    if (element.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var choice in choices.EnumerateArray())
                        {
                            Offer(values, id.GetString()!, choice.TryGetProperty("value", out var cv) ? cv : default);
                        }
                    }
                }

                if (type is "Action.Execute" or "Action.Submit" && element.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object)
                {
                    var actionData = JsonNode.Parse(d.GetRawText())!.AsObject();
                    foreach (var property in d.EnumerateObject())
                    {
                        Offer(values, property.Name, property.Value);
                    }

                    if (actionData[CardActions.VerbKey]?.GetValue<string>() is { } verb && data.TryGetValue(verb, out var list))
                    {
                        list.Add(actionData);
                        cardVerbs.Add(verb);
                    }
                }
            }

            keys.UnionWith(cardInputs);
            foreach (var verb in cardVerbs)
            {
                inputs[verb].UnionWith(cardInputs);
            }
        }

        keys.UnionWith(values.Keys);
        return new RouteSurface(
            verbs, commands, [.. keys],
            data.ToDictionary(p => p.Key, p => (IReadOnlyList<JsonObject>)p.Value, StringComparer.Ordinal),
            inputs.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value], StringComparer.Ordinal),
            values.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value], StringComparer.Ordinal));
    }

    private static void Offer(Dictionary<string, SortedSet<string>> values, string key, JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
        {
            if (!values.TryGetValue(key, out var set))
            {
                values[key] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
        }
    }

    private static IEnumerable<JsonElement> Walk(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (var child in element.EnumerateObject().SelectMany(p => Walk(p.Value)))
            {
                yield return child;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray().SelectMany(Walk))
            {
                yield return child;
            }
        }
    }
}
