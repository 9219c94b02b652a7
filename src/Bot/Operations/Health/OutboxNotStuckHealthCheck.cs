using ComplianceBot.Bot.Operations.Telemetry;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Operations.Health;

/// <summary>
/// Unhealthy when the oldest undelivered outbox message is older than the configured limit:
/// notices to the director must go out in time (Reg. 23.3), so a stuck outbox is an outage.
/// </summary>
internal sealed class OutboxNotStuckHealthCheck(IOutboxStatistics statistics, IOptions<OperationsOptions> options)
    : IHealthCheck
{
    public const string Name = "outbox-not-stuck";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = statistics.GetSnapshot();
        var limit = options.Value.OutboxStuckAfter;
        return Task.FromResult(snapshot.OldestPendingAge > limit
            ? HealthCheckResult.Unhealthy("The oldest outbox message is older than Operations:OutboxStuckAfter.")
            : HealthCheckResult.Healthy());
    }
}
