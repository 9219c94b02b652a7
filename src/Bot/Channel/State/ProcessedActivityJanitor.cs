using ComplianceBot.Bot.Jobs;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Channel.State;

/// <summary>
/// Forgets inbound activity ids once no redelivery can come (the Connector retries within
/// minutes), so the de-duplication table stays small. Several instances may run it: the delete
/// is idempotent.
/// </summary>
internal sealed class ProcessedActivityJanitor(IServiceScopeFactory scopes, TimeProvider time, ILogger<ProcessedActivityJanitor> logger)
    : RecurringJob(time, logger)
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    public override string Name => "channel.processed-activity-janitor";

    protected override TimeSpan TickInterval => TimeSpan.FromHours(1);

    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var cutoff = Time.GetUtcNow() - Retention;
        return await db.ProcessedActivities.Where(p => p.ReceivedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    protected override Task TickAsync(CancellationToken cancellationToken) => PurgeAsync(cancellationToken);
}
