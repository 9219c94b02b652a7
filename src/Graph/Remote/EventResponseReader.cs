using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace ComplianceBot.Graph.Remote;

/// <summary>
/// Reads attendees of many events with JSON $batch (<c>Graph:BatchSize</c> steps each, $select=attendees).
/// Steps answered 429/5xx are sent again in a later batch after their Retry-After, up to <c>Graph:MaxRetries</c> rounds.
/// </summary>
internal sealed class EventResponseReader(
    GraphClientProvider clients,
    MailboxConcurrencyLimiter limiter,
    IOptions<GraphOptions> options,
    TimeProvider time,
    ILogger<EventResponseReader> logger)
{
    public async Task<IReadOnlyList<AttendeeResponses>> ReadAsync(IReadOnlyList<string> eventIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        var settings = options.Value;
        var results = new Dictionary<string, AttendeeResponses>(StringComparer.Ordinal);
        var pending = eventIds.Distinct(StringComparer.Ordinal).ToList();
        var batches = 0;
        using var client = clients.Create();
        for (var round = 0; pending.Count > 0; round++)
        {
            var retry = new List<string>();
            var wait = TimeSpan.Zero;
            foreach (var chunk in pending.Chunk(settings.BatchSize))
            {
                batches++;
                var outcome = await ReadBatchAsync(client, settings.ComplianceMailbox!, chunk, results, cancellationToken);
                retry.AddRange(outcome.Retry);
                wait = outcome.Wait > wait ? outcome.Wait : wait;
            }

            if (retry.Count > 0 && round >= settings.MaxRetries)
            {
                throw new GraphDeliveryException($"Graph read responses: {retry.Count} steps still throttled after {round + 1} rounds.", true, 429, wait, "batch_throttled", null);
            }

            if (retry.Count > 0)
            {
                GraphLog.BatchStepsRetried(logger, retry.Count, wait);
                await Task.Delay(wait, time, cancellationToken);
            }

            pending = retry;
        }

        GraphLog.ResponsesRead(logger, results.Count, batches);
        return [.. eventIds.Distinct(StringComparer.Ordinal).Select(id => results[id])];
    }

    private async Task<(List<string> Retry, TimeSpan Wait)> ReadBatchAsync(
        GraphServiceClient client,
        string mailbox,
        string[] chunk,
        Dictionary<string, AttendeeResponses> results,
        CancellationToken cancellationToken)
    {
        var batch = new BatchRequestContentCollection(client); // default limit 20; chunks are cut to Graph:BatchSize above
        for (var i = 0; i < chunk.Length; i++)
        {
            var step = client.Users[mailbox].Events[chunk[i]].ToGetRequestInformation(c => c.QueryParameters.Select = ["attendees"]);
            await batch.AddBatchRequestStepAsync(step, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // The $batch path names no mailbox, so the slot is taken here; Graph still rates each step against the mailbox.
        using var slot = await limiter.AcquireAsync(mailbox, cancellationToken);
        var response = await GraphFailure.RunAsync(logger, "read responses", () => client.Batch.PostAsync(batch, cancellationToken), cancellationToken);
        var codes = await response.GetResponsesStatusCodesAsync();
        var retry = new List<string>();
        var wait = TimeSpan.Zero;
        for (var i = 0; i < chunk.Length; i++)
        {
            var stepId = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var status = codes.TryGetValue(stepId, out var code) ? (int)code : 0;
            if (status is >= 200 and < 300)
            {
                var training = await response.GetResponseByIdAsync<Event>(stepId);
                results[chunk[i]] = new AttendeeResponses(chunk[i], true, [.. (training.Attendees ?? []).Select(ToStatus)]);
            }
            else if (status is 404 or 410)
            {
                results[chunk[i]] = new AttendeeResponses(chunk[i], false, []);
            }
            else if (status == 0 || GraphFailure.IsTransient(status))
            {
                retry.Add(chunk[i]);
                using var failed = await response.GetResponseByIdAsync(stepId);
                var after = GraphFailure.RetryAfterOf(failed?.Headers.ToDictionary(h => h.Key, h => h.Value)) ?? options.Value.RetryDelay;
                wait = after > wait ? after : wait;
            }
            else
            {
                throw new GraphDeliveryException($"Graph read responses: a batch step failed with HTTP {status} (permanent).", false, status, null, null, null);
            }
        }

        return (retry, wait > options.Value.RetriesTimeLimit ? options.Value.RetriesTimeLimit : wait);
    }

    private static AttendeeStatus ToStatus(Attendee attendee)
    {
        var answeredAt = attendee.Status?.Time is { Year: > 1 } at ? at : (DateTimeOffset?)null;
        var response = attendee.Status?.Response switch
        {
            ResponseType.Organizer => AttendeeResponse.Organizer,
            ResponseType.TentativelyAccepted => AttendeeResponse.TentativelyAccepted,
            ResponseType.Accepted => AttendeeResponse.Accepted,
            ResponseType.Declined => AttendeeResponse.Declined,
            ResponseType.NotResponded => AttendeeResponse.NotResponded,
            _ => AttendeeResponse.None,
        };
        return new AttendeeStatus(attendee.EmailAddress?.Address ?? string.Empty, response, answeredAt);
    }
}
