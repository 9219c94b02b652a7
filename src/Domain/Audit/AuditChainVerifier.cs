using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Audit;

/// <summary>The outcome of walking the chain: intact, or the first broken link and why.</summary>
public sealed record AuditVerificationResult(bool IsIntact, long EntriesChecked, long? FirstBrokenSequence, string? Problem);

/// <summary>Walks the audit chain in sequence order and names the first entry that does not fit.</summary>
public sealed class AuditChainVerifier(RegistersDbContext db)
{
    private const int PageSize = 500;

    public async Task<AuditVerificationResult> VerifyAsync(CancellationToken cancellationToken = default)
    {
        long expected = 1;
        var previousHash = AuditEntry.GenesisHash;
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
                var problem = entry.Sequence != expected ? $"entry {expected} is missing"
                    : entry.PreviousHash != previousHash ? "previous-hash does not match the entry before it"
                    : entry.ComputeHash() != entry.Hash ? "content does not match its hash"
                    : null;
                if (problem is not null)
                {
                    return new AuditVerificationResult(false, expected - 1, expected, problem);
                }

                previousHash = entry.Hash;
                expected++;
            }

            if (page.Count < PageSize)
            {
                return new AuditVerificationResult(true, expected - 1, null, null);
            }
        }
    }
}
