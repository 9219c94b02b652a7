using System.Collections.Concurrent;

namespace ComplianceBot.Bot.Channel.State;

/// <summary>
/// The references this instance recently found current in the database, so a person's next
/// messages within <see cref="Ttl"/> skip the read (decision 027). The database stays the truth:
/// an entry only ever saves a read that would have led to no write, it expires after a minute,
/// the hourly refresh of UpdatedAt still happens, and a block recorded by this instance clears
/// the lot. A block recorded by another instance is seen here at most one TTL late.
/// </summary>
/// <remarks>
/// An entry keeps the reference itself and compares it with the record's own equality, every field
/// (decision 134; it used to keep a SHA-256 fingerprint to save about 300 bytes a person, decision 111).
/// </remarks>
internal sealed class RecentConversationReferences
{
    public static readonly TimeSpan Ttl = TimeSpan.FromMinutes(1);

    /// <summary>Bounds the memory; past it the cache starts afresh.</summary>
    public const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>True when exactly this reference was found current less than <see cref="Ttl"/> ago and needs no refresh yet.</summary>
    public bool IsCurrent(ConversationReferenceData reference, DateTimeOffset now, TimeSpan refreshAfter) =>
        reference.UserId is { } userId
        && _entries.TryGetValue(userId, out var entry)
        && now - entry.SeenAt < Ttl
        && now - entry.UpdatedAt < refreshAfter
        && entry.Reference == reference;

    /// <summary>Records that the stored row for this reference was current, last written at <paramref name="updatedAt"/>.</summary>
    public void Remember(ConversationReferenceData reference, DateTimeOffset updatedAt, DateTimeOffset now)
    {
        if (reference.UserId is not { } userId)
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[userId] = new Entry(reference, updatedAt, now);
    }

    /// <summary>After a block: the next message from anyone is checked against the database again.</summary>
    public void Clear() => _entries.Clear();

    internal int Count => _entries.Count;

    private sealed record Entry(ConversationReferenceData Reference, DateTimeOffset UpdatedAt, DateTimeOffset SeenAt);
}
