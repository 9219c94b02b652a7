using ComplianceBot.Domain.Notices;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Jobs;

/// <summary>
/// A job that runs every <see cref="Interval"/> on one instance at a time: each tick tries to claim the job's row
/// in the database (a lease), runs, then stores its cursor and frees the lease. Several instances may tick; only
/// the claimant runs, and a crashed claimant's lease expires (design.md, decisions 5 and 8). The loop is
/// <see cref="RecurringJob"/>'s (decision 131).
/// </summary>
public abstract partial class PeriodicJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<ScheduledJobOptions> options, ILogger logger)
    : RecurringJob(time, logger)
{
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected abstract TimeSpan Interval { get; }

    protected virtual TimeSpan Lease => TimeSpan.FromMinutes(10);

    /// <summary>The first run waits one tick, so start-up (migrations, readiness) is never slowed by a job.</summary>
    protected override TimeSpan TickInterval => Interval < TimeSpan.FromMinutes(1) ? Interval : TimeSpan.FromMinutes(1);

    protected override bool Enabled => options.Value.Enabled;

    /// <summary>Runs the job if it is due and this instance wins the lease; true when it ran to completion.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<ScheduledJobLeases>();
        var state = await leases.TryClaimAsync(Name, Owner, Interval, Lease, cancellationToken);
        if (state is null)
        {
            return false;
        }

        try
        {
            var cursor = await RunAsync(scope.ServiceProvider, state.Cursor, cancellationToken);
            return await leases.CompleteAsync(Name, Owner, cursor, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LeasedRunFailed(Logger, Name, ex);
            await leases.ReleaseAsync(Name, Owner, CancellationToken.None);
            return false;
        }
    }

    /// <summary>One run; returns the cursor to keep for the next run.</summary>
    protected abstract Task<string?> RunAsync(IServiceProvider services, string? cursor, CancellationToken cancellationToken);

    protected override Task TickAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Scheduled job {Job} failed and released its lease; it runs again on the next tick")]
    private static partial void LeasedRunFailed(ILogger logger, string job, Exception exception);
}
