using System.Text.Json;

namespace ComplianceBot.Bot.Delivery.Graph;

/// <summary>
/// A notice as the registers queue it: what happened to which numbered entry, never who reported or any free text
/// (Reg. 23.2). <see cref="EventAt"/> is when the event happened, for the delivery-time target (Reg. 23.3).
/// </summary>
public sealed record NoticePayload(string NoticeType, string Number, string Category, string? Date, string? Status, DateTimeOffset EventAt)
{
    /// <summary>The periodic report's figures by line (Reg. 29): counts only.</summary>
    public IReadOnlyDictionary<string, int>? Counts { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static NoticePayload? Parse(string payload)
    {
        try
        {
            var notice = JsonSerializer.Deserialize<NoticePayload>(payload, Json);
            return notice is { NoticeType.Length: > 0, Number.Length: > 0 } ? notice : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
