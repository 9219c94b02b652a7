namespace ComplianceBot.Domain.Audit;

/// <summary>What the verifier found first (decision 120).</summary>
public enum AuditFinding
{
    None,

    /// <summary>An entry is missing, or its previous-hash or keyed hash does not fit: an edited, removed or forged entry.</summary>
    BrokenLink,

    /// <summary>An entry names a key id that is neither the current key nor a retired one.</summary>
    UnknownKey,

    /// <summary>An entry after the last published head is signed with a key that was already replaced when that head was published.</summary>
    RetiredKey,

    /// <summary>The chain ends before the last published head: entries were deleted from the end.</summary>
    DeletedTail,

    /// <summary>The entry at the published head's sequence is not the one published: the chain was rewritten.</summary>
    DivergesFromPublishedHead,

    /// <summary>A register row's content (state columns included) no longer matches the last digest recorded for it.</summary>
    EditedRow,

    /// <summary>A register row recorded in the chain is gone.</summary>
    DeletedRow,

    /// <summary>A register row exists that the chain never recorded: inserted outside the application.</summary>
    UnrecordedRow,

    /// <summary>A register number up to its counter's value has no row (a gap, or a deleted last entry), or a row's number lies beyond the counter.</summary>
    MissingNumber,
}

/// <summary>The outcome of a verification: intact, or the first problem with the entry, table and row it concerns.</summary>
public sealed record AuditVerificationResult
{
    public bool IsIntact => Finding == AuditFinding.None;

    public AuditFinding Finding { get; init; }

    public long EntriesChecked { get; init; }

    public long RowsChecked { get; init; }

    public long? FirstBrokenSequence { get; init; }

    public string? Table { get; init; }

    public string? RowKey { get; init; }

    public string? Problem { get; init; }

    /// <summary>The last published head the chain was compared with, if any.</summary>
    public AuditChainHead? PublishedHead { get; init; }
}
