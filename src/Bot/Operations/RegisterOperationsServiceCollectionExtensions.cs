using ComplianceBot.Bot.Jobs;
using ComplianceBot.Bot.Operations.Audit;
using ComplianceBot.Bot.Operations.DirectorySync;
using ComplianceBot.Bot.Operations.Health;
using ComplianceBot.Bot.Operations.Safety;
using ComplianceBot.Bot.Operations.Telemetry;

namespace ComplianceBot.Bot.Operations;

internal static class RegisterOperationsServiceCollectionExtensions
{
    /// <summary>
    /// Operations that need the registers: the director-independence check at start-up (Reg. 8), the outbox picture
    /// for metrics and readiness, the readiness checks, the audit chain's jobs (decision 120) and the directory sync.
    /// Needs AddRegisters and AddGraphServices beside it; call it before the features, so the independence check is
    /// the first hosted service over the registers.
    /// </summary>
    public static IServiceCollection AddRegisterOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHostedService<DirectorIndependenceCheck>();
        services.AddRecurringJob<OutboxMonitor>();
        services.AddSingleton<IOutboxStatistics>(sp => sp.GetRequiredService<OutboxMonitor>());
        services.AddHealthChecks()
            .AddReadinessCheck<RegistersReadyHealthCheck>(RegistersReadyHealthCheck.Name)
            .AddOutboxNotStuckCheck();
        services.AddAuditChain(configuration);
        return services.AddDirectorySync();
    }
}
