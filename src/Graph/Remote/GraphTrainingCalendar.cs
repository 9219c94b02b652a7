using System.Globalization;
using ComplianceBot.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;

namespace ComplianceBot.Graph.Remote;

/// <summary>Training events in the compliance mailbox through Graph (Reg. 14.7).</summary>
internal sealed class GraphTrainingCalendar(
    GraphClientProvider clients,
    EventResponseReader responses,
    IOptions<GraphOptions> options,
    IOptions<OrganizationOptions> organization,
    ILogger<GraphTrainingCalendar> logger) : ITrainingCalendar
{
    public async Task<CreatedEvent> CreateTrainingEventAsync(TrainingEventRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        using var client = clients.Create();
        var body = ToEvent(request, organization.Value.TimeZone);
        var created = await GraphFailure.RunAsync(
            logger,
            "create event",
            () => client.Users[settings.ComplianceMailbox].Events.PostAsync(body, cancellationToken: cancellationToken),
            cancellationToken);
        if (created?.Id is null)
        {
            throw new GraphDeliveryException("Graph create event returned no event id.", true, null, null, "empty_response", null);
        }

        GraphLog.EventCreated(logger, request.Attendees.Count, request.IsOnline);
        return new CreatedEvent(created.Id, created.ICalUId, created.OnlineMeeting?.JoinUrl);
    }

    public Task<IReadOnlyList<AttendeeResponses>> GetResponsesAsync(IReadOnlyList<string> eventIds, CancellationToken cancellationToken) =>
        responses.ReadAsync(eventIds, cancellationToken);

    internal static Event ToEvent(TrainingEventRequest request, string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var training = new Event
        {
            Subject = request.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = request.AgendaHtml },
            Start = WallClock(request.Start, zone, timeZoneId),
            End = WallClock(request.End, zone, timeZoneId),
            Attendees = [.. request.Attendees.Select(a => new Attendee
            {
                Type = AttendeeType.Required,
                EmailAddress = new EmailAddress { Address = a.Email, Name = a.DisplayName },
            })],

            // The time is the officer's decision; counter-proposals would fork the session plan.
            AllowNewTimeProposals = false,
            ResponseRequested = true,

            // Graph uses transactionId "to avoid redundant POST operations in case of client retries": the outbox key.
            TransactionId = request.IdempotencyKey,
        };
        if (request.IsOnline)
        {
            training.IsOnlineMeeting = true;
            training.OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness;
        }
        else if (!string.IsNullOrWhiteSpace(request.Room))
        {
            training.Location = new Location { DisplayName = request.Room };
        }

        return training;
    }

    /// <summary>Graph takes a wall-clock time plus a zone name; the IANA id "Asia/Almaty" is in its supported list.</summary>
    private static DateTimeTimeZone WallClock(DateTimeOffset instant, TimeZoneInfo zone, string zoneId) => new()
    {
        DateTime = TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        TimeZone = zoneId,
    };
}
