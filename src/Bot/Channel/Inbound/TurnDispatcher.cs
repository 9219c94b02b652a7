using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Channel.Inbound;

/// <summary>
/// Runs the <see cref="IActivityHandler"/> in a DI scope of its own, so that invoke work which
/// outlives the 5-second answer still has live services, and is cancelled only by shutdown,
/// not by the Connector hanging up.
/// </summary>
internal sealed class TurnDispatcher(
    IServiceScopeFactory scopeFactory,
    IConnectorClient connector,
    IInvokeTimeoutFallback fallback,
    BackgroundTurnTracker tracker,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    IOptions<TeamsOptions> options,
    ILogger<TurnDispatcher> logger)
{
    private int noHandlerLogged;

    /// <summary>The handler's answer; for an invoke not answered in time, the fallback answer.</summary>
    public async Task<InvokeResponse?> DispatchAsync(Activity activity)
    {
        var work = RunAsync(activity);
        if (activity.Type != ActivityTypes.Invoke)
        {
            return await work;
        }

        var timeout = options.Value.InvokeTimeout;
        var winner = await Task.WhenAny(work, Task.Delay(timeout, time, lifetime.ApplicationStopping));
        if (winner == work)
        {
            return await work;
        }

        ChannelLog.InvokeTimedOut(logger, activity.Name, timeout);
        tracker.Track(ObserveAsync(work));
        return fallback.Create(activity);
    }

    private async Task<InvokeResponse?> RunAsync(Activity activity)
    {
        // Yield first so a handler that blocks synchronously cannot hold the invoke answer hostage.
        await Task.Yield();
        await using var scope = scopeFactory.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetService<IActivityHandler>();
        if (handler is null)
        {
            // Once per process: a missing registration is a deployment fault, not a per-request event.
            if (Interlocked.Exchange(ref noHandlerLogged, 1) == 0)
            {
                ChannelLog.NoHandler(logger, activity.Type);
            }

            return null;
        }

        return await handler.HandleAsync(new TurnContext(activity, connector), lifetime.ApplicationStopping);
    }

    private async Task ObserveAsync(Task work)
    {
        try
        {
            await work;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !lifetime.ApplicationStopping.IsCancellationRequested)
        {
            ChannelLog.BackgroundTurnFailed(logger, exception);
        }
    }
}
