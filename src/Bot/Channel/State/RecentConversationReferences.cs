using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ComplianceBot.Bot.Channel.State;

/// <summary>
/// The references this instance recently found current in the database, so a person's next
/// messages within <see cref="Ttl"/> skip the read (decision 027). The database stays the truth:
/// an entry only ever saves a read that would have led to no write, it expires after a minute,
/// the hourly refresh of UpdatedAt still happens, and a block recorded by this instance clears
/// the lot. A block recorded by another instance is seen here at most one TTL late.
/// </summary>
/// <remarks>
/// An entry keeps a 128-bit fingerprint of the reference (the first half of its SHA-256), not the
/// reference: the conversation id, the directory id and the record itself were about 300 bytes a
/// person that lived in the old generation, where the GC's budget grows with what survives
/// (decision 111). Two different references of one person agreeing on 128 bits is not a risk worth
/// a byte; and a wrong "current" would only skip one refresh until the entry expires.
/// </remarks>
internal sealed class RecentConversationReferences
{
    public static readonly TimeSpan Ttl = TimeSpan.FromMinutes(1);

    /// <summary>Bounds the memory (about 70 bytes an entry besides its key); past it the cache starts afresh.</summary>
    public const int MaxEntries = 50_000;

    private const int StackLimit = 2048;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>True when exactly this reference was found current less than <see cref="Ttl"/> ago and needs no refresh yet.</summary>
    public bool IsCurrent(ConversationReferenceData reference, DateTimeOffset now, TimeSpan refreshAfter) =>
        reference.UserId is { } userId
        && _entries.TryGetValue(userId, out var entry)
        && now.UtcTicks - entry.SeenAtTicks < Ttl.Ticks
        && now.UtcTicks - entry.UpdatedAtTicks < refreshAfter.Ticks
        && entry.Fingerprint == Fingerprint.Of(reference);

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

        _entries[userId] = new Entry(Fingerprint.Of(reference), updatedAt.UtcTicks, now.UtcTicks);
    }

    /// <summary>After a block: the next message from anyone is checked against the database again.</summary>
    public void Clear() => _entries.Clear();

    internal int Count => _entries.Count;

    private readonly record struct Entry(Fingerprint Fingerprint, long UpdatedAtTicks, long SeenAtTicks);

    private readonly record struct Fingerprint(ulong High, ulong Low)
    {
        /// <summary>Every field, each as its length (-1 for none) and its UTF-16 code units, so no two references share an input.</summary>
        public static Fingerprint Of(ConversationReferenceData reference)
        {
            ReadOnlySpan<string?> fields =
            [
                reference.ChannelId, reference.ServiceUrl, reference.ConversationId, reference.ConversationType, reference.TenantId,
                reference.UserId, reference.AadObjectId, reference.BotId, reference.Locale,
            ];
            var length = 0;
            foreach (var field in fields)
            {
                length += sizeof(int) + (sizeof(char) * (field?.Length ?? 0));
            }

            // Teams' ids make a reference well under the stack buffer; a longer one is rare enough to allocate.
            var input = length <= StackLimit ? stackalloc byte[StackLimit] : new byte[length];
            var position = 0;
            foreach (var field in fields)
            {
                BinaryPrimitives.WriteInt32LittleEndian(input[position..], field?.Length ?? -1);
                position += sizeof(int);
                if (field is not null)
                {
                    MemoryMarshal.AsBytes(field.AsSpan()).CopyTo(input[position..]);
                    position += sizeof(char) * field.Length;
                }
            }

            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(input[..position], hash);
            return new Fingerprint(BinaryPrimitives.ReadUInt64LittleEndian(hash), BinaryPrimitives.ReadUInt64LittleEndian(hash[sizeof(ulong)..]));
        }
    }
}
