using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplianceBot.Bot.Operations.Health;

/// <summary>
/// The one way to add a readiness check: anything tagged <see cref="ReadyTag"/> is run by
/// <c>/health/ready</c>; <c>/health/live</c> runs no check at all.
/// </summary>
internal static class HealthCheckBuilderExtensions
{
    public const string ReadyTag = "ready";

    public static IHealthChecksBuilder AddReadinessCheck<T>(this IHealthChecksBuilder builder, string name)
        where T : class, IHealthCheck
        => builder.AddCheck<T>(name, failureStatus: HealthStatus.Unhealthy, tags: [ReadyTag]);

    /// <summary>Adds "outbox-not-stuck"; needs an <see cref="Telemetry.IOutboxStatistics"/> in the container.</summary>
    public static IHealthChecksBuilder AddOutboxNotStuckCheck(this IHealthChecksBuilder builder)
        => builder.AddReadinessCheck<OutboxNotStuckHealthCheck>(OutboxNotStuckHealthCheck.Name);
}
