using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Domain.Audit;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Operations.Audit;

/// <summary>Publishes the chain head on a schedule (decision 120) under a database lease (decision 102).</summary>
internal sealed class AuditHeadPublicationJob(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ScheduledJobOptions> options, IOptionsMonitor<AuditOptions> audit,
    ILogger<AuditHeadPublicationJob> logger)
    : PeriodicJob(scopes, time, options, logger)
{
    public override string Name => "audit.publish-head";

    protected override TimeSpan Interval => audit.CurrentValue.PublishInterval;

    protected override async Task<string?> RunAsync(IServiceProvider services, string? cursor, CancellationToken cancellationToken)
    {
        var head = await services.GetRequiredService<AuditHeadPublisher>().PublishAsync(cancellationToken);
        services.GetRequiredService<OutboxSignal>().Notify();
        return head is null ? cursor : head.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// Walks the chain and the register rows against the latest published head every day and alerts the officers by
/// mail through the outbox when anything is broken (decision 120).
/// </summary>
internal sealed partial class AuditVerificationJob(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ScheduledJobOptions> options, IOptionsMonitor<AuditOptions> audit,
    ILogger<AuditVerificationJob> logger)
    : PeriodicJob(scopes, time, options, logger)
{
    public override string Name => "audit.verify";

    protected override TimeSpan Interval => audit.CurrentValue.VerifyInterval;

    // A walk of every register row can take a while on a large database.
    protected override TimeSpan Lease => TimeSpan.FromHours(1);

    protected override async Task<string?> RunAsync(IServiceProvider services, string? cursor, CancellationToken cancellationToken)
    {
        var published = await services.GetRequiredService<IAuditHeadArchive>().ReadLatestAsync(cancellationToken);
        var result = await services.GetRequiredService<AuditChainVerifier>().VerifyAsync(published, cancellationToken);
        if (result.IsIntact)
        {
            ChainIntact(logger, result.EntriesChecked, result.RowsChecked);
            return cursor;
        }

        ChainBroken(logger, result.Finding, result.FirstBrokenSequence, result.Table);
        await services.GetRequiredService<AuditHeadPublisher>().AlertAsync(result, cancellationToken);
        services.GetRequiredService<OutboxSignal>().Notify();
        return cursor;
    }

    [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "Audit chain verified: {Entries} entries, {Rows} register rows")]
    private static partial void ChainIntact(ILogger logger, long entries, long rows);

    [LoggerMessage(EventId = 6202, Level = LogLevel.Critical, Message = "Audit chain verification failed: {Finding} at entry {Sequence}, table {Table}; officers alerted")]
    private static partial void ChainBroken(ILogger logger, AuditFinding finding, long? sequence, string? table);
}
