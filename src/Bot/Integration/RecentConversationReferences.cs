using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using ComplianceBot.Bot.Channel;

namespace ComplianceBot.Bot.Integration;

/// <summary>
/// The references this instance recently found current in the database, so a person's next
/// messages within <see cref="Ttl"/> skip the read (decision 027). The database stays the truth:
/// an entry only ever saves a read that would have led to no write, it expires after a minute,
/// the hourly refresh of UpdatedAt still happens, and a block recorded by this instance clears
/// the lot. A block recorded by another instance is seen here at most one TTL late.
/// </summary>
internal sealed class RecentConversationReferences
{
    public static readonly TimeSpan Ttl = TimeSpan.FromMinutes(1);

    /// <summary>Bounds the memory (about 300 bytes an entry); past it the cache starts afresh.</summary>
    public const int MaxEntries = 50_000;

    /// <summary>Bounds the values kept once for everybody (see <see cref="Share"/>).</summary>
    public const int MaxSharedValues = 1_024;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, string> _shared = new(StringComparer.Ordinal);

    /// <summary>True when exactly this reference was found current less than <see cref="Ttl"/> ago and needs no refresh yet.</summary>
    public bool IsCurrent(ConversationReferenceData reference, DateTimeOffset now, TimeSpan refreshAfter) =>
        reference.UserId is { } userId
        && _entries.TryGetValue(userId, out var entry)
        && entry.Reference == reference
        && now - entry.SeenAt < Ttl
        && now - entry.UpdatedAt < refreshAfter;

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

        _entries[userId] = new Entry(Compact(reference), updatedAt, now);
    }

    /// <summary>The reference as remembered for this user, if it is.</summary>
    internal ConversationReferenceData? Find(string userId) => _entries.TryGetValue(userId, out var entry) ? entry.Reference : null;

    /// <summary>After a block: the next message from anyone is checked against the database again.</summary>
    public void Clear() => _entries.Clear();

    /// <summary>
    /// The same reference, with the values most people share (channel, service URL, conversation type, tenant, bot,
    /// locale) held once for all instead of once per person: each activity brings its own copies, and with 10,000
    /// people in the cache those copies of six strings were 2.6 MB of the heap that is never collected young
    /// (decision 109).
    /// </summary>
    private ConversationReferenceData Compact(ConversationReferenceData reference) => reference with
    {
        ChannelId = Share(reference.ChannelId),
        ServiceUrl = Share(reference.ServiceUrl),
        ConversationType = Share(reference.ConversationType),
        TenantId = Share(reference.TenantId),
        BotId = Share(reference.BotId),
        Locale = Share(reference.Locale),
    };

    [return: NotNullIfNotNull(nameof(value))]
    private string? Share(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (_shared.TryGetValue(value, out var shared))
        {
            return shared;
        }

        return _shared.Count < MaxSharedValues ? _shared.GetOrAdd(value, value) : value;
    }

    private sealed record Entry(ConversationReferenceData Reference, DateTimeOffset UpdatedAt, DateTimeOffset SeenAt);
}
