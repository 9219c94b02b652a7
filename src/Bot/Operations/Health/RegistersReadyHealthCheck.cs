using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplianceBot.Bot.Operations.Health;

/// <summary>Ready when the registers' database answers and every migration is applied.</summary>
internal sealed class RegistersReadyHealthCheck(RegistersDbContext db) : IHealthCheck
{
    public const string Name = "registers";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The registers' database is not reachable.");
        }

        var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
        return pending.Any()
            ? HealthCheckResult.Unhealthy("Migrations are pending.")
            : HealthCheckResult.Healthy();
    }
}
