using System.Text.Json;
using ComplianceBot.Graph;

namespace ComplianceBot.Bot.Features.Trainings;

/// <summary>
/// Everything one session's event needs, captured when the officer scheduled it, so a later change in the
/// directory does not change an invitation already decided.
/// </summary>
public sealed record TrainingEventPayload(
    Guid SessionId,
    string Subject,
    string AgendaHtml,
    DateTimeOffset Start,
    int DurationMinutes,
    bool IsOnline,
    string? Room,
    IReadOnlyList<TrainingAttendee> Attendees)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static TrainingEventPayload? Parse(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<TrainingEventPayload>(payload, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public TrainingEventRequest ToRequest(string idempotencyKey) => new()
    {
        IdempotencyKey = idempotencyKey,
        Subject = Subject,
        AgendaHtml = AgendaHtml,
        Start = Start,
        Duration = TimeSpan.FromMinutes(DurationMinutes),
        IsOnline = IsOnline,
        Room = Room,
        Attendees = Attendees,
    };
}
