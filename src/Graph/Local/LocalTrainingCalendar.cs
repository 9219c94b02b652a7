using System.Text;
using System.Text.Json;
using ComplianceBot.Domain;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Graph.Local;

/// <summary>
/// Development calendar: one .ics invitation per attendee in the local mailbox folder. Idempotent like Graph's
/// transactionId: the same key yields the same event id and leaves existing files alone.
/// </summary>
internal sealed class LocalTrainingCalendar(LocalMailbox mailbox, IOptions<GraphOptions> options, IOptions<OrganizationOptions> organization, TimeProvider time) : ITrainingCalendar
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<CreatedEvent> CreateTrainingEventAsync(TrainingEventRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var eventId = "local-" + SafeFileName.Hash(request.IdempotencyKey);
        var record = mailbox.EventRecord(eventId);
        if (File.Exists(record))
        {
            var existing = JsonSerializer.Deserialize<LocalInvitation>(await File.ReadAllBytesAsync(record, cancellationToken), Json)!;
            return new CreatedEvent(existing.EventId, existing.ICalUId, null);
        }

        var settings = options.Value;
        var invitation = new LocalInvitation(
            eventId,
            $"{eventId}@compliancebot.local",
            request.Subject,
            request.AgendaHtml,
            request.Start,
            request.End,
            organization.Value.TimeZone,
            request.IsOnline ? "Microsoft Teams Meeting" : request.Room ?? string.Empty,
            settings.OrganizerMailbox,
            "Compliance",
            time.GetUtcNow(),
            request.Attendees);
        foreach (var attendee in request.Attendees)
        {
            var path = Path.Combine(mailbox.InvitationsOf(eventId), SafeFileName.From(attendee.Email) + ".ics");
            await AtomicFile.WriteAsync(path, Encoding.UTF8.GetBytes(IcsWriter.Write(invitation, attendee)), cancellationToken);
        }

        // The record is written last: its presence means every invitation is on disk.
        await AtomicFile.WriteAsync(record, JsonSerializer.SerializeToUtf8Bytes(invitation, Json), cancellationToken);
        return new CreatedEvent(eventId, invitation.ICalUId, null);
    }

    /// <summary>Everyone has not responded unless responses/{eventId}.json maps addresses to Graph response names.</summary>
    public async Task<IReadOnlyList<AttendeeResponses>> GetResponsesAsync(IReadOnlyList<string> eventIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        var results = new List<AttendeeResponses>(eventIds.Count);
        foreach (var eventId in eventIds)
        {
            var record = mailbox.EventRecord(eventId);
            if (!File.Exists(record))
            {
                results.Add(new AttendeeResponses(eventId, false, []));
                continue;
            }

            var invitation = JsonSerializer.Deserialize<LocalInvitation>(await File.ReadAllBytesAsync(record, cancellationToken), Json)!;
            var answers = await ReadAnswersAsync(eventId, cancellationToken);
            results.Add(new AttendeeResponses(eventId, true, [.. invitation.Attendees.Select(a => new AttendeeStatus(
                a.Email,
                answers.TryGetValue(a.Email, out var answer) ? answer : AttendeeResponse.NotResponded,
                null))]));
        }

        return results;
    }

    private async Task<Dictionary<string, AttendeeResponse>> ReadAnswersAsync(string eventId, CancellationToken cancellationToken)
    {
        var path = mailbox.Responses(eventId);
        if (!File.Exists(path))
        {
            return new(StringComparer.OrdinalIgnoreCase);
        }

        var raw = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllBytesAsync(path, cancellationToken)) ?? [];
        return raw
            .Where(pair => Enum.TryParse<AttendeeResponse>(pair.Value, ignoreCase: true, out _))
            .ToDictionary(pair => pair.Key, pair => Enum.Parse<AttendeeResponse>(pair.Value, ignoreCase: true), StringComparer.OrdinalIgnoreCase);
    }
}
