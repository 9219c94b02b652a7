using System.Collections.Concurrent;
using ComplianceBot.Bot.Channel.State;

namespace ComplianceBot.Bot.Channel.Inbound;

/// <summary>
/// Keeps invoke work that outlived its HTTP response alive until it ends, and lets shutdown wait
/// for it (bounded by the host's shutdown timeout). Also warns at start-up about unsafe settings.
/// </summary>
internal sealed class BackgroundTurnTracker(IServiceProvider services, IHostEnvironment environment, Microsoft.Extensions.Options.IOptions<TeamsOptions> options, ILogger<BackgroundTurnTracker> logger) : IHostedService
{
    private readonly ConcurrentDictionary<Task, byte> running = new();

    public void Track(Task work)
    {
        ArgumentNullException.ThrowIfNull(work);
        running.TryAdd(work, 0);
        _ = work.ContinueWith(done => running.TryRemove(done, out _), TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.DangerouslyAllowUnauthenticatedRequests)
        {
            ChannelLog.AuthenticationOff(logger);
        }

        using var scope = services.CreateScope();
        if (!environment.IsDevelopment() && scope.ServiceProvider.GetService<IChannelStateStore>() is InMemoryChannelStateStore)
        {
            ChannelLog.InMemoryStateInUse(logger);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(running.Keys).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout ran out; what is left is abandoned, as on a crash.
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Each failure was logged where it happened.
        }
    }
}
