using ComplianceBot.Domain.Outbox;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Delivery;

/// <summary>
/// Delivers outbox rows (design.md, decision 5): claims due rows under a lease, hands each to the
/// handler of its kind, and settles it — delivered, retried with back-off, or failed. Safe to run
/// on several instances at once: a row is claimed by one instance at a time. A crash between
/// sending and settling re-sends after the lease expires (at-least-once; see decision 004).
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<IOutboxDeliveryHandler> handlers,
    IEnumerable<IDeliveryObserver> observers,
    IEnumerable<IOutboxDeliveryGuard> guards,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, IOutboxDeliveryHandler> _handlers = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);
    private readonly OutboxOptions _options = options.Value;
    private readonly IDeliveryObserver[] _observers = [.. observers];
    private readonly IOutboxDeliveryGuard[] _guards = [.. guards];

    /// <summary>Recording a row's outcome is tried this many times, <see cref="SettleBackoff"/> apart, growing.</summary>
    private const int SettleAttempts = 3; // with SQLite's 30-s busy wait, within the 2-minute lease

    private static readonly TimeSpan SettleBackoff = TimeSpan.FromMilliseconds(500);

    /// <summary>This instance's lease owner name.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Claims and delivers one batch; returns how many rows were claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<OutboxMessage> batch;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<OutboxStore>();
            batch = await store.ClaimDueAsync(Owner, _options.BatchSize, _options.LeaseDuration, cancellationToken);
        }

        if (batch.Count > 0)
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentDeliveries, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(batch, parallel, async (message, ct) => await DeliverOneAsync(message, ct));
        }

        return batch.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.WorkerEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly unreachable; nothing is lost, rows stay due.
                DeliveryLog.BatchFailed(logger, ex);
            }

            if (claimed < _options.BatchSize)
            {
                try
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task DeliverOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var outcome = await TryDeliverAsync(message, cancellationToken);
        var interrupted = cancellationToken.IsCancellationRequested && outcome.Status == DeliveryStatus.RetryLater;
        var now = time.GetUtcNow();
        var (settled, retryDelay) = outcome.Status switch
        {
            DeliveryStatus.Delivered => (Settlement.Delivered, TimeSpan.Zero),

            // A shutdown is not the row's fault: due again at once after the restart, even on its last attempt.
            DeliveryStatus.RetryLater when interrupted => (Settlement.Retry, TimeSpan.Zero),
            DeliveryStatus.AwaitingConfiguration => (Settlement.Retry, _options.RetryDelay(message.Attempts, null, Random.Shared.NextDouble())),
            DeliveryStatus.RetryLater when message.Attempts < _options.MaxAttempts =>
                (Settlement.Retry, _options.RetryDelay(message.Attempts, outcome.RetryAfter, Random.Shared.NextDouble())),
            _ => (Settlement.Failed, TimeSpan.Zero),
        };

        if (!await SettleAsync(message, settled, outcome.Detail, now + retryDelay))
        {
            return;
        }

        switch (settled)
        {
            case Settlement.Delivered:
                DeliveryLog.Delivered(logger, message.Kind, message.Id, (now - message.CreatedAt).TotalMilliseconds);
                Observe(o => o.Delivered(message.Kind, now - message.CreatedAt));
                break;
            case Settlement.Retry:
                DeliveryLog.Retrying(logger, message.Kind, message.Id, message.Attempts, retryDelay.TotalSeconds, outcome.Detail);
                Observe(o => o.Retried(message.Kind));
                break;
            default:
                DeliveryLog.Failed(logger, message.Kind, message.Id, message.Attempts, outcome.Detail);
                Observe(o => o.Failed(message.Kind));
                break;
        }
    }

    /// <summary>
    /// Records the outcome; only the store call is retried. False when it could not be recorded or the lease had
    /// already passed to another instance (which then sends the row again: at-least-once, decision 004).
    /// </summary>
    private async Task<bool> SettleAsync(OutboxMessage message, Settlement settled, string? detail, DateTimeOffset nextAttemptAt)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var store = scope.ServiceProvider.GetRequiredService<OutboxStore>();
                return settled switch
                {
                    Settlement.Delivered => await store.MarkDeliveredAsync(message.Id, Owner, detail, CancellationToken.None),
                    Settlement.Retry => await store.ScheduleRetryAsync(message.Id, Owner, nextAttemptAt, detail ?? "transient failure", CancellationToken.None),
                    _ => await store.MarkFailedAsync(message.Id, Owner, detail ?? "failed", CancellationToken.None),
                };
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < SettleAttempts)
            {
                // The send has happened: failing here would leave the row leased, and it would be sent again
                // when the lease expires. A busy or briefly unreachable database is waited out instead.
                DeliveryLog.SettleRetrying(logger, message.Kind, message.Id, attempt, ex);
                await Task.Delay(SettleBackoff * attempt, CancellationToken.None); // wall-clock: the database is busy now
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Given up: the row stays leased and is delivered again after the lease (at-least-once, decision 004).
                // The other rows of the batch go on.
                DeliveryLog.SettleFailed(logger, message.Kind, message.Id, ex);
                return false;
            }
        }
    }

    private void Observe(Action<IDeliveryObserver> notify)
    {
        foreach (var observer in _observers)
        {
            notify(observer);
        }
    }

    private async Task<DeliveryOutcome> TryDeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var guard in _guards)
            {
                if (await guard.WithdrawalAsync(message, cancellationToken) is { } reason)
                {
                    return DeliveryOutcome.Withdraw(reason);
                }
            }

            return _handlers.TryGetValue(message.Kind, out var handler)
                ? await handler.DeliverAsync(message, cancellationToken)
                : DeliveryOutcome.Fail($"No delivery handler for kind '{message.Kind}'.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the lease expires and another attempt is made after restart.
            return DeliveryOutcome.Retry("interrupted by shutdown");
        }
        catch (Exception ex)
        {
            DeliveryLog.HandlerThrew(logger, message.Kind, message.Id, ex);
            return DeliveryOutcome.Retry(ex.GetType().Name);
        }
    }

    private enum Settlement
    {
        Delivered,
        Retry,
        Failed,
    }
}
