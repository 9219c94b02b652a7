using System.Reflection;
using ComplianceBot.Domain.Numbering;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Audit;

/// <summary>
/// Walks the audit chain, the register rows and the last published head (decision 120) and names the first problem:
/// a broken link (edited, removed or forged entry, or a chain recomputed without the key), an unknown key, a deleted
/// tail, a chain that diverges from its published head, or a register row edited, deleted or inserted behind the
/// application's back (regulation invariant 4: nothing filed is ever lost or silently changed).
/// </summary>
public sealed class AuditChainVerifier(RegistersDbContext db)
{
    private const int PageSize = 500;
    private const int TrackedRowsBeforeClear = 1000;

    private static readonly MethodInfo RowsOfType =
        typeof(AuditChainVerifier).GetMethod(nameof(RowsOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async Task<AuditVerificationResult> VerifyAsync(AuditChainHead? published = null, CancellationToken cancellationToken = default)
    {
        var keys = db.RequireAuditChainKeys();
        var recorded = new Dictionary<(string Table, string Key), (long Sequence, string Digest, string KeyId)>();
        var chain = await WalkChainAsync(keys, recorded, published, cancellationToken);
        if (chain.Result is { } broken)
        {
            return broken with { PublishedHead = published };
        }

        var checkedEntries = chain.LastSequence;
        var headProblem = CompareWithHead(chain.LastSequence, chain.HashAtHead, published);
        if (headProblem is not null)
        {
            return headProblem with { EntriesChecked = checkedEntries, PublishedHead = published };
        }

        if (await VerifyNumbersAsync(cancellationToken) is { } numbering)
        {
            return numbering with { EntriesChecked = checkedEntries, PublishedHead = published };
        }

        var rows = await VerifyRowsAsync(keys, recorded, cancellationToken);
        return rows with { EntriesChecked = checkedEntries, PublishedHead = published };
    }

    private async Task<(long LastSequence, string? HashAtHead, AuditVerificationResult? Result)> WalkChainAsync(
        AuditChainKeys keys, Dictionary<(string, string), (long, string, string)> recorded, AuditChainHead? published, CancellationToken cancellationToken)
    {
        var headSequence = published?.Sequence;
        // Keys already replaced when the head was published: used up to it, but not the key in force then (the head's).
        var usedUpToHead = new HashSet<string>(StringComparer.Ordinal);
        long expected = 1;
        var previousHash = AuditEntry.GenesisHash;
        string? hashAtHead = null;
        while (true)
        {
            var from = expected;
            var page = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence >= from)
                .OrderBy(e => e.Sequence)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            foreach (var entry in page)
            {
                var key = keys.Find(entry.KeyId);
                var (finding, problem) = entry.Sequence != expected ? (AuditFinding.BrokenLink, $"entry {expected} is missing")
                    : key is null ? (AuditFinding.UnknownKey, $"entry {expected} is signed with key id '{entry.KeyId}', which is not configured")
                    : entry.PreviousHash != previousHash ? (AuditFinding.BrokenLink, $"entry {expected}: previous-hash does not match the entry before it")
                    : !string.Equals(entry.ComputeHash(key), entry.Hash, StringComparison.Ordinal)
                        ? (AuditFinding.BrokenLink, $"entry {expected}: content does not match its keyed hash (edited, or rehashed without the key)")
                    : entry.Sequence > headSequence && entry.KeyId != published!.KeyId && usedUpToHead.Contains(entry.KeyId)
                        ? (AuditFinding.RetiredKey, $"entry {expected} is signed with key id '{entry.KeyId}', retired before the head published on {published.PublishedAt:u} (key '{published.KeyId}'): it was forged with an old key")
                    : (AuditFinding.None, null);
                if (problem is not null)
                {
                    return (expected - 1, hashAtHead, new AuditVerificationResult
                    {
                        Finding = finding, EntriesChecked = expected - 1, FirstBrokenSequence = expected, Problem = problem,
                        Table = "AuditEntries", RowKey = expected.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    });
                }

                if (entry.Action is AuditEntry.RowWrittenAction or AuditEntry.RowUpdatedAction && entry.Details is { } digest)
                {
                    // The last digest recorded for a row wins: a legitimate state change writes its RowUpdated entry.
                    recorded[(entry.EntityType, entry.EntityId)] = (entry.Sequence, digest, entry.KeyId);
                }

                if (entry.Sequence <= headSequence)
                {
                    usedUpToHead.Add(entry.KeyId);
                }

                if (entry.Sequence == headSequence)
                {
                    hashAtHead = entry.Hash;
                }

                previousHash = entry.Hash;
                expected++;
            }

            if (page.Count < PageSize)
            {
                return (expected - 1, hashAtHead, null);
            }
        }
    }

    private static AuditVerificationResult? CompareWithHead(long lastSequence, string? hashAtHead, AuditChainHead? published)
    {
        if (published is null)
        {
            return null;
        }

        if (lastSequence < published.Sequence)
        {
            return new AuditVerificationResult
            {
                Finding = AuditFinding.DeletedTail, FirstBrokenSequence = lastSequence + 1, Table = "AuditEntries",
                Problem = $"the chain ends at entry {lastSequence}, but entry {published.Sequence} was published on {published.PublishedAt:u}: entries {lastSequence + 1}–{published.Sequence} were deleted",
            };
        }

        return published.Sequence > 0 && hashAtHead != published.Hash
            ? new AuditVerificationResult
            {
                Finding = AuditFinding.DivergesFromPublishedHead, FirstBrokenSequence = published.Sequence, Table = "AuditEntries",
                Problem = $"entry {published.Sequence} is not the entry published on {published.PublishedAt:u}: the chain was rewritten",
            }
            : null;
    }

    private async Task<AuditVerificationResult> VerifyRowsAsync(
        AuditChainKeys keys, Dictionary<(string Table, string Key), (long Sequence, string Digest, string KeyId)> recorded, CancellationToken cancellationToken)
    {
        long rowsChecked = 0;
        var covered = db.Model.GetEntityTypes()
            .Where(t => t.BaseType is null && t.FindPrimaryKey() is not null && !t.IsOwned()
                && typeof(IRegisterRecord).IsAssignableFrom(t.ClrType) && t.ClrType != typeof(AuditEntry))
            .OrderBy(t => t.GetTableName(), StringComparer.Ordinal);
        foreach (var type in covered)
        {
            var rows = (IAsyncEnumerable<object>)RowsOfType.MakeGenericMethod(type.ClrType).Invoke(null, [db])!;
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                var entry = db.Entry(row);
                var table = RegisterRowDigest.Table(entry);
                var key = RegisterRowDigest.RowKey(entry);
                rowsChecked++;
                if (!recorded.Remove((table, key), out var expected))
                {
                    // A row nobody recorded: written with raw SQL, or its entry was removed with a rehashed chain.
                    return RowProblem(AuditFinding.UnrecordedRow, table, key, null, rowsChecked,
                        $"{table} row {key} is not recorded in the audit chain: it was inserted outside the application");
                }

                if (!string.Equals(RegisterRowDigest.Compute(entry, keys.Find(expected.KeyId)!), expected.Digest, StringComparison.Ordinal))
                {
                    return RowProblem(AuditFinding.EditedRow, table, key, expected.Sequence, rowsChecked,
                        $"{table} row {key} does not match the last digest recorded for it, in entry {expected.Sequence}: it was edited");
                }

                // Stryker disable once all : equivalent — bounds memory only; every row is read and compared the same whether or not the tracker is cleared
                if (rowsChecked % TrackedRowsBeforeClear == 0)
                {
                    db.ChangeTracker.Clear();
                }
            }

            db.ChangeTracker.Clear();
        }

        if (recorded.OrderBy(r => r.Value.Sequence).FirstOrDefault() is { Key.Table: not null } missing)
        {
            return RowProblem(AuditFinding.DeletedRow, missing.Key.Table, missing.Key.Key, missing.Value.Sequence, rowsChecked,
                $"{missing.Key.Table} row {missing.Key.Key}, recorded in entry {missing.Value.Sequence}, is gone: it was deleted");
        }

        return new AuditVerificationResult { RowsChecked = rowsChecked };
    }

    /// <summary>
    /// Each register's numbers run without a gap from 1 to its counter's value, each with its row (decision 120, changed
    /// after review): a numbered row deleted together with its audit entries after the last published head leaves the
    /// chain consistent, but not its number. Only a writer who also rolls the counter back escapes this check, and then
    /// only until the next published head.
    /// </summary>
    private async Task<AuditVerificationResult?> VerifyNumbersAsync(CancellationToken cancellationToken)
    {
        var counters = await db.RegisterCounters.AsNoTracking().ToListAsync(cancellationToken);
        var numbered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.BaseType is null && !t.IsOwned() && typeof(INumberedRecord).IsAssignableFrom(t.ClrType)))
        {
            var table = type.GetTableName() ?? type.ShortName();
            var numbers = await ((Task<List<string?>>)NumbersOfType.MakeGenericMethod(type.ClrType).Invoke(null, [db, cancellationToken])!);
            foreach (var number in numbers.OfType<string>())
            {
                numbered[number] = table;
            }
        }

        // Stryker disable once Linq : equivalent — a group is never empty, so First and FirstOrDefault give the same row
        var tables = numbered.GroupBy(n => n.Key[..n.Key.IndexOf('-', StringComparison.Ordinal)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        foreach (var counter in counters.OrderBy(c => c.Register).ThenBy(c => c.Year))
        {
            var table = tables.GetValueOrDefault(counter.Register.ToString(), counter.Register.ToString());
            for (var value = 1; value <= counter.LastValue; value++)
            {
                var number = RegisterCounter.Format(counter.Register, counter.Year, value);
                if (!numbered.Remove(number))
                {
                    return RowProblem(AuditFinding.MissingNumber, table, number, null, 0,
                        $"{table} has no row numbered {number}, though the {counter.Register} register for {counter.Year} has given numbers up to {counter.LastValue}: the row was deleted (with its audit entries, if the chain shows nothing)");
                }
            }
        }

        return numbered.OrderBy(n => n.Key, StringComparer.Ordinal).FirstOrDefault() is { Key: not null } beyond
            ? RowProblem(AuditFinding.MissingNumber, beyond.Value, beyond.Key, null, 0,
                $"{beyond.Value} row {beyond.Key} lies beyond its register's counter: the counter was rolled back or the row was inserted outside the application")
            : null;
    }

    private static readonly MethodInfo NumbersOfType =
        typeof(AuditChainVerifier).GetMethod(nameof(NumbersOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<List<string?>> NumbersOf<T>(RegistersDbContext db, CancellationToken cancellationToken)
        where T : class => db.Set<T>().AsNoTracking().Select(e => EF.Property<string?>(e, nameof(INumberedRecord.Number))).ToListAsync(cancellationToken);

    private static AuditVerificationResult RowProblem(AuditFinding finding, string table, string key, long? sequence, long rowsChecked, string problem) =>
        new() { Finding = finding, Table = table, RowKey = key, FirstBrokenSequence = sequence, RowsChecked = rowsChecked, Problem = problem };

    private static IAsyncEnumerable<T> RowsOf<T>(RegistersDbContext db)
        where T : class => db.Set<T>().AsAsyncEnumerable();
}
