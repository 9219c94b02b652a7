using ComplianceBot.Domain.Persistence;

namespace ComplianceBot.Domain.Conversations;

/// <summary>
/// A person's first conversation reference. Two first messages at once both find no row; each then
/// inserts unless the key is taken, so the second learns it was beaten without a failed INSERT, which
/// EF Core logs as an error (decision 113).
/// </summary>
public static class ConversationReferenceInsert
{
    /// <summary>True when <paramref name="reference"/> was stored; false when the person already had one, which is kept.</summary>
    public static async Task<bool> TryInsertAsync(RegistersDbContext db, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var inserted = await InsertIfAbsent.For<ConversationReference>(db).ExecuteAsync(db, [reference], cancellationToken);
        return inserted[0];
    }
}
