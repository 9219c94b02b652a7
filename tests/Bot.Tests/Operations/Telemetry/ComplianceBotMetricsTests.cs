using System.Diagnostics.Metrics;
using ComplianceBot.Bot.Operations.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Operations.Telemetry;

public sealed class ComplianceBotMetricsTests : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly List<(string Name, double Value, Dictionary<string, object?> Tags)> measurements = [];
    private readonly HashSet<string> published = [];
    private Histogram<double>? latency;
    private readonly ServiceProvider provider;

    // The listener hears every ComplianceBot meter in the process, including those of hosts that
    // other test classes run in parallel: only this test's meter factories count.
    private readonly HashSet<object> ownFactories = [];

    public ComplianceBotMetricsTests()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ComplianceBotMetrics.MeterName && instrument.Meter.Scope is { } scope && ownFactories.Contains(scope))
            {
                published.Add(instrument.Name);
                latency = instrument as Histogram<double> ?? latency;
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
        listener.Start();
        provider = new ServiceCollection()
            .AddMetrics()
            .AddSingleton<IOutboxStatistics>(new FixedStatistics(new OutboxSnapshot(7, TimeSpan.FromSeconds(90))))
            .AddSingleton<ComplianceBotMetrics>()
            .BuildServiceProvider();
        ownFactories.Add(provider.GetRequiredService<IMeterFactory>());
    }

    private sealed class FixedStatistics(OutboxSnapshot snapshot) : IOutboxStatistics
    {
        public OutboxSnapshot GetSnapshot() => snapshot;
    }

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        measurements.Add((instrument.Name, value, copy));
    }

    [Fact]
    public void Constructor_Always_PublishesEveryInstrument()
    {
        provider.GetRequiredService<ComplianceBotMetrics>();

        Assert.Equal(
            new[] { ComplianceBotMetrics.ChannelRefused, ComplianceBotMetrics.ConnectorErrors, ComplianceBotMetrics.GraphErrors, ComplianceBotMetrics.OutboxDeliveryLatency, ComplianceBotMetrics.OutboxDepth, ComplianceBotMetrics.OutboxOldestAge }.Order(),
            published.Order());
    }

    [Fact]
    public void DeliveryLatency_Advice_UsesSecondBucketsAroundTheFiveMinuteTarget()
    {
        provider.GetRequiredService<ComplianceBotMetrics>();

        Assert.Equal("s", latency?.Unit);
        Assert.Contains(300d, latency?.Advice?.HistogramBucketBoundaries ?? []);
    }

    [Fact]
    public void RecordMethods_Called_EmitTaggedMeasurements()
    {
        var metrics = provider.GetRequiredService<ComplianceBotMetrics>();

        metrics.RecordOutboxDelivery("officer-card", TimeSpan.FromMilliseconds(1500));
        metrics.RecordGraphError("create-event", 429);
        metrics.RecordConnectorError("send", null);

        Assert.Contains(measurements, m => m.Name == ComplianceBotMetrics.OutboxDeliveryLatency && m.Value == 1.5 && (string?)m.Tags["kind"] == "officer-card");
        Assert.Contains(measurements, m => m.Name == ComplianceBotMetrics.GraphErrors && m.Value == 1 && (int?)m.Tags["status"] == 429);
        Assert.Contains(measurements, m => m.Name == ComplianceBotMetrics.ConnectorErrors && (string?)m.Tags["status"] == "none");
    }

    [Fact]
    public void ObservableGauges_Collected_ReportOutboxSnapshot()
    {
        provider.GetRequiredService<ComplianceBotMetrics>();

        listener.RecordObservableInstruments();

        Assert.Contains(measurements, m => m.Name == ComplianceBotMetrics.OutboxDepth && m.Value == 7);
        Assert.Contains(measurements, m => m.Name == ComplianceBotMetrics.OutboxOldestAge && m.Value == 90);
    }

    [Fact]
    public void ObservableGauges_NoOutboxStatistics_ReportNothing()
    {
        using var bare = new ServiceCollection().AddMetrics().AddSingleton<ComplianceBotMetrics>().BuildServiceProvider();
        ownFactories.Add(bare.GetRequiredService<IMeterFactory>());
        bare.GetRequiredService<ComplianceBotMetrics>();

        listener.RecordObservableInstruments();

        Assert.DoesNotContain(measurements, m => m.Name == ComplianceBotMetrics.OutboxDepth);
    }

    public void Dispose()
    {
        listener.Dispose();
        provider.Dispose();
    }
}
