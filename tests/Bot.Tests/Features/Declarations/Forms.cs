using System.Globalization;
using System.Text.Json;
using ComplianceBot.Bot.Features.Declarations;

namespace ComplianceBot.Bot.Tests.Features.Declarations;

/// <summary>Form values as Teams submits them, and reading values back from a returned card.</summary>
internal static class Forms
{
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty")).DateTime);

    public static Dictionary<string, string?> Gift(string value = "25000", string? declarationId = null) => new()
    {
        [GiftFormCard.Direction] = "Received",
        [GiftFormCard.GiftDate] = Today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [GiftFormCard.Person] = "Marat Nurlanov",
        [GiftFormCard.Organisation] = "Dala Supply LLP",
        [GiftFormCard.Counterparty] = "true",
        [GiftFormCard.Occasion] = "Contract signing",
        [GiftFormCard.Description] = "A leather briefcase",
        [GiftFormCard.Value] = value,
        [GiftFormCard.Whereabouts] = "WithDeclarant",
        [DeclarationVerbs.DeclarationIdKey] = declarationId,
    };

    public static Dictionary<string, string?> Conflict() => new()
    {
        [ConflictFormCard.Area] = "Procurement",
        [ConflictFormCard.Interest] = "My brother owns a bidder.",
        [ConflictFormCard.Process] = "Tender No. 14",
    };

    /// <summary>The value each input of a card holds, by id.</summary>
    public static Dictionary<string, string?> ValuesOf(JsonElement card)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        Walk(card);
        return values;

        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("type", out var t) && t.GetString()!.StartsWith("Input.", StringComparison.Ordinal) && e.TryGetProperty("id", out var id))
                {
                    values[id.GetString()!] = e.TryGetProperty("value", out var v) ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) : null;
                }

                foreach (var p in e.EnumerateObject())
                {
                    Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }
    }

    /// <summary>Every text a person would read on the card: text blocks and facts.</summary>
    public static string AllText(JsonElement card) => card.GetRawText();
}
