using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceBot.Bot.Tests.Features.Reports;

/// <summary>A Teams user as the channel sees them.</summary>
internal sealed record TeamsUser(string AadObjectId, string ChannelId, string Name, string ConversationId);

/// <summary>Card actions as Teams posts them to /api/messages, and reading the bot's answers.</summary>
internal static class ReportActivities
{
    public const string ServiceUrl = "https://smba.example.test/teams/";

    /// <summary>Action.Execute: an <c>adaptiveCard/action</c> invoke with the card's inputs in action.data.</summary>
    public static JsonObject Execute(TeamsUser user, string verb, Dictionary<string, string> data)
    {
        var inputs = new JsonObject { ["verb"] = verb };
        foreach (var (key, value) in data)
        {
            inputs[key] = value;
        }

        var activity = Base(user, "invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = inputs } };
        return activity;
    }

    /// <summary>Action.Submit (the menu's buttons): a message whose value carries the verb.</summary>
    public static JsonObject Submit(TeamsUser user, string verb, Dictionary<string, string> data)
    {
        var value = new JsonObject { ["verb"] = verb };
        foreach (var (key, v) in data)
        {
            value[key] = v;
        }

        var activity = Base(user, "message");
        activity["value"] = value;
        return activity;
    }

    public static async Task<JsonElement> PostAsync(HttpClient client, JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The raw text of the answer, for comparing two answers byte for byte.</summary>
    public static async Task<string> PostForTextAsync(HttpClient client, JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The card an invoke answered with (Universal Actions: value is the card).</summary>
    public static JsonElement Card(JsonElement invokeAnswer) => invokeAnswer.GetProperty("value");

    public static IReadOnlyList<(string Title, string Value)> Facts(JsonElement card) =>
        [.. Walk(card).Where(e => e.TryGetProperty("type", out var t) && t.GetString() == "FactSet")
            .SelectMany(f => f.GetProperty("facts").EnumerateArray())
            .Select(f => (f.GetProperty("title").GetString()!, f.GetProperty("value").GetString()!))];

    public static IEnumerable<string> Texts(JsonElement card) =>
        Walk(card).Where(e => e.TryGetProperty("type", out var t) && t.GetString() == "TextBlock").Select(e => e.GetProperty("text").GetString()!);

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

    private static JsonObject Base(TeamsUser user, string type) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-25T10:00:00.000Z",
        ["serviceUrl"] = ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = user.ChannelId, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
        ["conversation"] = new JsonObject { ["id"] = user.ConversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "ComplianceBot" },
        ["locale"] = "en-US",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };
}
