namespace ComplianceBot.Bot.Jobs;

/// <summary>
/// The one loop of every periodic background job (decision 131): a <see cref="PeriodicTimer"/> on the injected
/// <see cref="TimeProvider"/> (so a test's fake clock drives it), one run per tick, a failed run logged and retried on
/// the next tick, and a quiet stop on shutdown. A job that must run on one instance at a time derives from
/// <see cref="PeriodicJob"/> (a lease); the others are safe on several instances by their own keys. Test hosts that
/// move the clock by days replace every hosted <see cref="BackgroundService"/> with one that does not start
/// (decision 085) and call the job's run method themselves.
/// </summary>
public abstract partial class RecurringJob(TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The job's name in logs (and, for a <see cref="PeriodicJob"/>, its lease row).</summary>
    public abstract string Name { get; }

    /// <summary>Time between two ticks.</summary>
    protected abstract TimeSpan TickInterval { get; }

    /// <summary>False when configuration turns the job off; it then never ticks.</summary>
    protected virtual bool Enabled => true;

    /// <summary>True to run once at start-up before the first tick; otherwise the first run waits one tick.</summary>
    protected virtual bool RunsAtStart => false;

    protected TimeProvider Time => time;

    protected ILogger Logger => logger;

    /// <summary>One run of the job.</summary>
    protected abstract Task TickAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TickInterval, time);
        try
        {
            if (RunsAtStart)
            {
                await RunGuardedAsync(stoppingToken);
            }

            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunGuardedAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; the next start (or another instance) picks up where this one stopped.
        }
    }

    private async Task RunGuardedAsync(CancellationToken stoppingToken)
    {
        try
        {
            await TickAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            JobFailed(logger, Name, ex);
        }
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Scheduled job {Job} failed; it runs again on the next tick")]
    private static partial void JobFailed(ILogger logger, string job, Exception exception);
}
