using ComplianceBot.Bot.Jobs;
using ComplianceBot.Bot.Operations.Telemetry;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Graph;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Operations.DirectorySync;

/// <summary>
/// Refreshes the Employee register from the directory's users delta query every Directory:SyncInterval: department,
/// job title, manager, preferred language and mail, which training audiences and notices use. The delta link is the
/// job's cursor in the database; an expired link (410) starts a full round.
/// </summary>
internal sealed partial class DirectorySyncJob(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ScheduledJobOptions> options, IOptionsMonitor<DirectoryOptions> directory,
    IDirectorySync sync, ILogger<DirectorySyncJob> logger, ComplianceBotMetrics? metrics = null)
    : PeriodicJob(scopes, time, options, logger)
{
    private const int GoneStatus = 410;

    public override string Name => "directory.sync";

    protected override TimeSpan Interval => directory.CurrentValue.SyncInterval;

    protected override async Task<string?> RunAsync(IServiceProvider services, string? cursor, CancellationToken cancellationToken)
    {
        DirectoryDelta delta;
        try
        {
            delta = await sync.GetUsersDeltaAsync(cursor, cancellationToken);
        }
        catch (GraphDeliveryException ex) when (ex.StatusCode == GoneStatus && cursor is not null)
        {
            metrics?.RecordGraphError("users-delta", ex.StatusCode);
            DeltaExpired(logger);
            delta = await sync.GetUsersDeltaAsync(null, cancellationToken);
        }
        catch (GraphDeliveryException ex)
        {
            metrics?.RecordGraphError("users-delta", ex.StatusCode);
            throw;
        }

        var db = services.GetRequiredService<RegistersDbContext>();
        var merger = new EmployeeDirectoryMerger(db, Time.GetUtcNow(), services.GetRequiredService<RegisterClock>().Today, directory.CurrentValue.TenantId);
        await merger.MergeAsync(delta.Changed, cancellationToken);
        await merger.MarkRemovedAsync(delta.RemovedIds, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Synced(logger, delta.Changed.Count, delta.RemovedIds.Count);
        return delta.DeltaLink;
    }

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Directory delta link expired; starting a full round")]
    private static partial void DeltaExpired(ILogger logger);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "Directory sync: {Changed} changed, {Removed} removed")]
    private static partial void Synced(ILogger logger, int changed, int removed);
}
