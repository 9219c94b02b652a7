using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Numbering;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Persistence;

public abstract partial class RegistersDbContext
{
    private const int MaxSaveAttempts = 8;
    private readonly List<PendingAudit> _standaloneAudit = [];

    /// <summary>Queues an audit event that belongs to no aggregate (e.g. a read of confidential data).</summary>
    public void RecordAudit(PendingAudit audit) => _standaloneAudit.Add(audit);

    // Contexts are pooled (decision 027): what one user queued and did not save must not be saved by the next.
    public override void Dispose()
    {
        _standaloneAudit.Clear();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override async ValueTask DisposeAsync()
    {
        _standaloneAudit.Clear();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Registers are saved asynchronously only, so numbering and the audit chain have one code path.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("The registers are saved with SaveChangesAsync only.");

    /// <summary>
    /// Saves, numbering new entries and chaining their audit events inside one transaction. Another
    /// instance may take the same number or sequence first; the database refuses the second
    /// (unique key / concurrency token) and the whole attempt is redone (decision 011).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var numbered = ChangeTracker.Entries<INumberedRecord>()
            .Where(e => e.State == EntityState.Added && e.Entity.Number is null)
            .Select(e => e.Entity)
            .ToList();
        var sources = ChangeTracker.Entries<AuditedAggregate>().Select(e => e.Entity).Where(a => a.PendingAudit.Count > 0).ToList();
        var pending = sources.SelectMany(s => s.PendingAudit).Concat(_standaloneAudit).ToList();
        var rows = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified && RegisterRowDigest.Covers(e)).ToList();
        if (numbered.Count == 0 && pending.Count == 0 && rows.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null;
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
            try
            {
                await AssignNumbersAsync(numbered, cancellationToken);
                await AppendAuditAsync([.. pending, .. RowEntries(rows, pending)], cancellationToken);
                var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                if (transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                }

                sources.ForEach(s => s.ClearPendingAudit());
                _standaloneAudit.Clear();
                return written;
            }
            catch (DbUpdateException exception) when (ownTransaction && attempt < MaxSaveAttempts && IsWriteConflict(exception))
            {
                await transaction!.RollbackAsync(cancellationToken);
                DetachBookkeeping();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 40) * attempt), cancellationToken);
            }
        }
    }

    private async Task AssignNumbersAsync(List<INumberedRecord> numbered, CancellationToken cancellationToken)
    {
        foreach (var group in numbered.GroupBy(n => (n.NumberKind, n.NumberYear)))
        {
            var (kind, year) = group.Key;
            var counter = await RegisterCounters.SingleOrDefaultAsync(c => c.Register == kind && c.Year == year, cancellationToken);
            if (counter is null)
            {
                counter = new RegisterCounter(kind, year);
                RegisterCounters.Add(counter);
            }

            foreach (var record in group)
            {
                record.AssignNumber(counter.Next());
            }
        }
    }

    private async Task AppendAuditAsync(List<PendingAudit> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var tail = await AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var keys = RequireAuditChainKeys();
        var sequence = tail?.Sequence ?? 0;
        var previousHash = tail?.Hash ?? AuditEntry.GenesisHash;
        foreach (var audit in pending)
        {
            var entry = AuditEntry.Chain(audit, ++sequence, previousHash, keys);
            AuditEntries.Add(entry);
            previousHash = entry.Hash;
        }
    }

    /// <summary>
    /// One entry per inserted (<c>RowWritten</c>) or updated (<c>RowUpdated</c>, register-state columns only, decision 012)
    /// register row, carrying the row's keyed digest over every column (decision 120), so an edited, deleted or forged
    /// row is found by <see cref="AuditChainVerifier"/>, a state column changed behind the application's back included.
    /// Computed after numbering, as the number is part of the row.
    /// The entry carries the date only: the row has its own times, and an anonymous report's must not be repeated here.
    /// </summary>
    private List<PendingAudit> RowEntries(List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> rows, List<PendingAudit> pending)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var keys = RequireAuditChainKeys();
        // The day of the change's own entries (they follow the register clock); a row saved without one has today.
        var at = pending.Count > 0 ? pending.Max(p => p.At).UtcDateTime : DateTime.UtcNow;
        var day = new DateTimeOffset(at.Date, TimeSpan.Zero);
        return rows.Select(r => new PendingAudit(
            AuditEntry.RegistersActor, r.State == EntityState.Added ? AuditEntry.RowWrittenAction : AuditEntry.RowUpdatedAction, RegisterRowDigest.Table(r), RegisterRowDigest.RowKey(r),
            RegisterRowDigest.Compute(r, keys.CurrentKey), day)).ToList();
    }

    /// <summary>Forgets this attempt's counters and audit entries so the retry reads fresh values.</summary>
    private void DetachBookkeeping()
    {
        foreach (var entry in ChangeTracker.Entries().Where(e => e.Entity is RegisterCounter or AuditEntry).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
