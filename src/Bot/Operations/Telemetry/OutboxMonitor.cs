using ComplianceBot.Bot.Jobs;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Operations.Telemetry;

/// <summary>
/// Keeps an in-memory picture of the outbox for the metrics gauges and the readiness check,
/// which must not query the database themselves. Messages scheduled for later (a reminder due
/// next week) are not late: their age counts from when they fell due.
/// </summary>
internal sealed class OutboxMonitor(IServiceScopeFactory scopes, TimeProvider time, ILogger<OutboxMonitor> logger)
    : RecurringJob(time, logger), IOutboxStatistics
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    public override string Name => "operations.outbox-monitor";

    protected override TimeSpan TickInterval => Interval;

    protected override bool RunsAtStart => true;

    private volatile OutboxSnapshot _snapshot = new(0, TimeSpan.Zero);

    public OutboxSnapshot GetSnapshot() => _snapshot;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var now = Time.GetUtcNow();
        var pending = db.OutboxMessages.AsNoTracking().Where(m => m.DeliveredAt == null && m.FailedAt == null);
        var depth = await pending.CountAsync(cancellationToken);
        var firstDue = await pending.Where(m => m.Attempts == 0 && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).Select(m => (DateTimeOffset?)m.NextAttemptAt).FirstOrDefaultAsync(cancellationToken);
        var firstRetried = await pending.Where(m => m.Attempts > 0)
            .OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var oldest = new[] { firstDue, firstRetried }.Where(t => t is not null).Min();
        _snapshot = new OutboxSnapshot(depth, oldest is { } since && since < now ? now - since : TimeSpan.Zero);
    }

    protected override Task TickAsync(CancellationToken cancellationToken) => RefreshAsync(cancellationToken);
}
