using ComplianceBot.Bot.Operations.Telemetry;

namespace ComplianceBot.Bot.Delivery;

/// <summary>Feeds settled deliveries into the ComplianceBot meter.</summary>
internal sealed class MetricsDeliveryObserver(ComplianceBotMetrics metrics) : IDeliveryObserver
{
    public void Delivered(string kind, TimeSpan sinceCreated) => metrics.RecordOutboxDelivery(kind, sinceCreated);

    public void Retried(string kind)
    {
        // Retries show in the outbox depth and age gauges; no separate instrument.
    }

    public void Failed(string kind)
    {
        // Failures are logged with their reason (DeliveryLog.Failed) and leave the row for the officer's view.
    }
}
