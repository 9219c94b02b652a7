namespace ComplianceBot.Bot.Operations.Telemetry;

/// <summary>
/// The outbox's current state, kept in memory by whoever polls the outbox. Metric callbacks and
/// the readiness check call <see cref="GetSnapshot"/> synchronously, so it must not query the database.
/// </summary>
internal interface IOutboxStatistics
{
    OutboxSnapshot GetSnapshot();
}

/// <param name="Depth">Messages not yet delivered.</param>
/// <param name="OldestPendingAge">Age of the oldest undelivered message; zero when the outbox is empty.</param>
internal sealed record OutboxSnapshot(long Depth, TimeSpan OldestPendingAge);
