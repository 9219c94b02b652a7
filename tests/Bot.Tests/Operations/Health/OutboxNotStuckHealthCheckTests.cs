using ComplianceBot.Bot.Operations;
using ComplianceBot.Bot.Operations.Health;
using ComplianceBot.Bot.Operations.Telemetry;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Tests.Operations.Health;

public sealed class OutboxNotStuckHealthCheckTests
{
    private sealed class FixedStatistics(OutboxSnapshot snapshot) : IOutboxStatistics
    {
        public OutboxSnapshot GetSnapshot() => snapshot;
    }

    private static Task<HealthCheckResult> Check(TimeSpan oldest)
    {
        var check = new OutboxNotStuckHealthCheck(
            new FixedStatistics(new OutboxSnapshot(3, oldest)),
            Options.Create(new OperationsOptions { OutboxStuckAfter = TimeSpan.FromMinutes(15) }));
        return check.CheckHealthAsync(new HealthCheckContext());
    }

    [Fact]
    public async Task CheckHealth_OldestYoungerThanLimit_Healthy()
        => Assert.Equal(HealthStatus.Healthy, (await Check(TimeSpan.FromMinutes(14))).Status);

    [Fact]
    public async Task CheckHealth_OldestOlderThanLimit_Unhealthy()
        => Assert.Equal(HealthStatus.Unhealthy, (await Check(TimeSpan.FromMinutes(16))).Status);
}
