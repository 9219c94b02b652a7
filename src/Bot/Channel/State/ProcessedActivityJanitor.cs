using ComplianceBot.Bot.Operations.Telemetry;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Channel.State;

/// <summary>
/// Forgets inbound activity ids once no redelivery can come (the Connector retries within
/// minutes), so the de-duplication table stays small. Several instances may run it: the delete
/// is idempotent.
/// </summary>
internal sealed class ProcessedActivityJanitor(IServiceScopeFactory scopes, TimeProvider time, ILogger<ProcessedActivityJanitor> logger)
    : BackgroundService
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(2);
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var cutoff = time.GetUtcNow() - Retention;
        return await db.ProcessedActivities.Where(p => p.ReceivedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                IntegrationLog.PurgeFailed(logger, ex);
            }
        }
    }
}
