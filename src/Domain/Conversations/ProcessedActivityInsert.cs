using ComplianceBot.Domain.Persistence;

namespace ComplianceBot.Domain.Conversations;

/// <summary>
/// Inbound activity ids in one statement that skips each id already stored, without a failed INSERT
/// (decision 113). The channel's duplicate-delivery guard batches them (decision 026).
/// </summary>
public static class ProcessedActivityInsert
{
    /// <summary>For each row in order: true when it was stored, false when its id was already recorded (a redelivery).</summary>
    public static Task<bool[]> TryInsertAsync(RegistersDbContext db, IReadOnlyList<ProcessedActivity> rows, CancellationToken cancellationToken) =>
        InsertIfAbsent.For<ProcessedActivity>(db).ExecuteAsync(db, rows, cancellationToken);
}
