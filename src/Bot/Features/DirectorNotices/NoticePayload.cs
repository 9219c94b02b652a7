using System.Text.Json;

namespace ComplianceBot.Bot.Features.DirectorNotices;

/// <summary>
/// A notice as the registers queue it: what happened to which numbered entry, never who reported or any free text
/// (Reg. 23.2). <see cref="EventAt"/> is when the event happened, for the delivery-time target (Reg. 23.3).
/// </summary>
public sealed record NoticePayload(string NoticeType, string Number, string Category, string? Date, string? Status, DateTimeOffset EventAt)
{
    /// <summary>A closed case's outcome (Reg. 23.3), or the outcome of a case sent to the authorized body (Reg. 23.4).</summary>
    public string? Outcome { get; init; }

    /// <summary>The officer's summary of a case sent to the authorized body (Reg. 23.4); never in a director's notice.</summary>
    public string? Summary { get; init; }

    /// <summary>The periodic report's figures by line (Reg. 29): counts only.</summary>
    public IReadOnlyDictionary<string, int>? Counts { get; init; }

    /// <summary>The daily digest's notices (decision 104): the same four fields each, never an identity.</summary>
    public IReadOnlyList<NoticeItem>? Items { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    /// <param name="payload">The outbox row's JSON.</param>
    /// <param name="defaultType">The type when the payload names none (the authorized body's escalation payload).</param>
    public static NoticePayload? Parse(string payload, string? defaultType = null)
    {
        try
        {
            var notice = JsonSerializer.Deserialize<NoticePayload>(payload, Json);
            var type = string.IsNullOrWhiteSpace(notice?.NoticeType) ? defaultType : notice.NoticeType;
            return notice is { Number.Length: > 0 } && type is { Length: > 0 } ? notice with { NoticeType = type } : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>One notice inside the daily digest.</summary>
public sealed record NoticeItem(string NoticeType, string Number, string Category, string Date, string Status);
