using System.Collections.Concurrent;
using ComplianceBot.Domain.Conversations;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Channel.State;

/// <summary>
/// Records inbound activity ids with group commit (decision 026): every concurrent request adds its
/// id to a queue, one of them writes everything queued in one transaction, and each request's task
/// completes only when the commit holding its row has returned, so nothing is acted on before its
/// row is durable. One writer at a time also means the hot path never competes with itself for the
/// database's write lock. With no concurrency a batch is one row: nothing waits for a timer. An id
/// already stored (a redelivery) is skipped by the statement and answered false, without an error
/// (decision 113). A persistence and throughput mechanism of the channel, not a rule of the regulation:
/// it lives beside its one user, <see cref="RegistersChannelStateStore"/> (decision 134).
/// </summary>
internal sealed class ProcessedActivityLog(IDbContextFactory<RegistersDbContext> contexts, TimeProvider time)
{
    /// <summary>Rows per statement at most: three parameters a row, and SQL Server allows 2,100 in a command.</summary>
    public const int MaxBatch = 256;

    private readonly ConcurrentQueue<Entry> _queue = new();
    private int _writing;

    /// <summary>True when the id was new and is now stored; false when it was already recorded (a redelivery).</summary>
    public Task<bool> TryAddAsync(string channelId, string activityId)
    {
        var entry = new Entry(ProcessedActivity.Create(channelId, activityId, time.GetUtcNow()));
        _queue.Enqueue(entry);
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
        {
            _ = Task.Run(WriteQueuedAsync);
        }

        return entry.Done.Task;
    }

    private async Task WriteQueuedAsync()
    {
        do
        {
            while (TakeBatch() is { Count: > 0 } batch)
            {
                await WriteAsync(batch);
            }

            // A full fence: the emptiness check below must not be read before the flag is cleared, or an
            // id queued in between would find a writer "busy" that has already left.
            Interlocked.Exchange(ref _writing, 0);
        }
        // An id queued after the last TakeBatch but before the flag was cleared found a writer
        // busy and started none: take the turn again rather than strand it.
        while (!_queue.IsEmpty && Interlocked.CompareExchange(ref _writing, 1, 0) == 0);
    }

    private List<Entry> TakeBatch()
    {
        var batch = new List<Entry>();
        while (batch.Count < MaxBatch && _queue.TryDequeue(out var entry))
        {
            batch.Add(entry);
        }

        return batch;
    }

    private async Task WriteAsync(List<Entry> batch)
    {
        // The same id twice in one batch (two deliveries at once): one row, the others are duplicates of it.
        var firsts = new List<Entry>(batch.Count);
        var byKey = new Dictionary<(string, string), Entry>(batch.Count);
        var copies = new List<(Entry Copy, Entry Of)>();
        foreach (var entry in batch)
        {
            if (byKey.TryAdd(entry.Key, entry))
            {
                firsts.Add(entry);
            }
            else
            {
                copies.Add((entry, byKey[entry.Key]));
            }
        }

        try
        {
            // A redelivered id is skipped by the statement itself and reported as not inserted (decision 113).
            await using var db = contexts.CreateDbContext();
            var inserted = await ProcessedActivityInsert.TryInsertAsync(db, [.. firsts.Select(e => e.Row)], CancellationToken.None);
            for (var i = 0; i < firsts.Count; i++)
            {
                firsts[i].Done.TrySetResult(inserted[i]);
            }
        }
        catch (Exception exception)
        {
            // A real failure (no database, a lock held past its timeout …): every request of the batch
            // sees it and is answered 500, so the Connector redelivers; the next batch starts afresh.
            foreach (var entry in firsts)
            {
                entry.Done.TrySetException(exception);
            }
        }

        foreach (var (copy, of) in copies)
        {
            await SettleCopyAsync(copy, of);
        }
    }

    private static async Task SettleCopyAsync(Entry copy, Entry of)
    {
        try
        {
            await of.Done.Task;
            copy.Done.TrySetResult(false);
        }
        catch (Exception exception)
        {
            copy.Done.TrySetException(exception);
        }
    }

    private sealed class Entry(ProcessedActivity row)
    {
        public ProcessedActivity Row { get; } = row;

        public (string, string) Key => (Row.ChannelId, Row.ActivityId);

        // Continuations run elsewhere: the writer must not run a request's whole turn on its own thread.
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
