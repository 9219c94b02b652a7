using System.Text.Json;

namespace ComplianceBot.Bot.Cards.Forms;

/// <summary>
/// Submitted card data as strings by input id. Teams sends every input as a string
/// (Input.Number too); action data may hold other JSON, kept as its raw text.
/// </summary>
public static class FormValues
{
    public static IReadOnlyDictionary<string, string?> From(JsonElement data)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (data.ValueKind != JsonValueKind.Object)
        {
            return values;
        }

        foreach (var property in data.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => property.Value.GetRawText(),
            };
        }

        return values;
    }
}
