using System.Diagnostics.Metrics;

namespace ComplianceBot.Bot.Operations.Telemetry;

/// <summary>
/// The "ComplianceBot" meter and its instruments. Tags carry operation names and status codes
/// only — never a user, a case or a reporter (Reg. 23.2).
/// </summary>
internal sealed class ComplianceBotMetrics
{
    public const string MeterName = "ComplianceBot";
    public const string OutboxDeliveryLatency = "compliancebot.outbox.delivery.latency";
    public const string OutboxDepth = "compliancebot.outbox.depth";
    public const string OutboxOldestAge = "compliancebot.outbox.oldest_age";
    public const string GraphErrors = "compliancebot.graph.errors";
    public const string ConnectorErrors = "compliancebot.connector.errors";
    public const string ChannelRefused = "compliancebot.channel.refused";

    // Seconds, around the 5-minute target for director notices (Reg. 23.3); the SDK's default
    // buckets are tuned for milliseconds.
    private static readonly double[] LatencyBuckets = [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600];

    private readonly Histogram<double> deliveryLatency;
    private readonly Counter<long> graphErrors;
    private readonly Counter<long> connectorErrors;
    private readonly Counter<long> channelRefused;

    public ComplianceBotMetrics(IMeterFactory meterFactory, IOutboxStatistics? outbox = null)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        deliveryLatency = meter.CreateHistogram(
            OutboxDeliveryLatency,
            "s",
            "Time from writing an outbox message to its delivery.",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        graphErrors = meter.CreateCounter<long>(GraphErrors, "{error}", "Failed Microsoft Graph calls.");
        connectorErrors = meter.CreateCounter<long>(ConnectorErrors, "{error}", "Failed Bot Connector calls.");
        channelRefused = meter.CreateCounter<long>(ChannelRefused, "{request}", "Requests to /api/messages refused: 400, 401, 403 or 503 (decision 112).");

        // Without an outbox source the gauges report no measurement rather than a misleading zero.
        meter.CreateObservableGauge(OutboxDepth, () => Observe(outbox, s => s.Depth), "{message}", "Undelivered outbox messages.");
        meter.CreateObservableGauge(OutboxOldestAge, () => Observe(outbox, s => s.OldestPendingAge.TotalSeconds), "s", "Age of the oldest undelivered outbox message.");
    }

    /// <summary>A delivered outbox message; kind is the message kind, e.g. "officer-card" or "director-mail".</summary>
    public void RecordOutboxDelivery(string kind, TimeSpan latency)
        => deliveryLatency.Record(latency.TotalSeconds, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>A failed Graph call: operation names what was called ("create-event"); statusCode is null when no response came.</summary>
    public void RecordGraphError(string operation, int? statusCode)
        => graphErrors.Add(1, Tag("operation", operation), Tag("status", statusCode));

    /// <summary>A failed Bot Connector call, tagged like <see cref="RecordGraphError"/>.</summary>
    public void RecordConnectorError(string operation, int? statusCode)
        => connectorErrors.Add(1, Tag("operation", operation), Tag("status", statusCode));

    /// <summary>A request to /api/messages refused with <paramref name="statusCode"/>; the reason is in the Debug log only.</summary>
    public void RecordChannelRefusal(int statusCode) => channelRefused.Add(1, Tag("status", statusCode));

    private static KeyValuePair<string, object?> Tag(string name, object? value) => new(name, value ?? "none");

    private static IEnumerable<Measurement<T>> Observe<T>(IOutboxStatistics? outbox, Func<OutboxSnapshot, T> select)
        where T : struct
        => outbox is null ? [] : [new Measurement<T>(select(outbox.GetSnapshot()))];
}
