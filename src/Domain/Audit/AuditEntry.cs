using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ComplianceBot.Domain.Audit;

/// <summary>
/// One link of the append-only audit chain: each entry carries a keyed hash (HMAC-SHA256, key outside the database)
/// over its content and the previous entry's hash, so changing, removing or forging a stored entry breaks the
/// chain at that point, and recomputing the chain needs the key (design.md, decision 3; decision 120).
/// </summary>
public sealed class AuditEntry : IRegisterRecord
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";
    public const string AnonymousActor = "anonymous";
    public const int KeyIdMaxLength = 20;

    /// <summary>The action of the entry that covers one inserted register row (its keyed digest in Details).</summary>
    public const string RowWrittenAction = "RowWritten";

    /// <summary>The action of the entry written when a covered row's register-state columns change: the row's new digest.</summary>
    public const string RowUpdatedAction = "RowUpdated";

    /// <summary>The actor of a row entry: the aggregate's own entry names who acted.</summary>
    public const string RegistersActor = "registers";

    private AuditEntry()
    {
        Action = EntityType = EntityId = PreviousHash = Hash = KeyId = string.Empty;
    }

    public long Sequence { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Actor { get; private set; }
    public string Action { get; private set; }
    public string EntityType { get; private set; }
    public string EntityId { get; private set; }
    public string? Details { get; private set; }
    public string PreviousHash { get; private set; }

    /// <summary>Which key signed this entry (key rotation, decision 120).</summary>
    public string KeyId { get; private set; }
    public string Hash { get; private set; }

    internal static AuditEntry Chain(PendingAudit pending, long sequence, string previousHash, AuditChainKeys keys)
    {
        var entry = new AuditEntry
        {
            Sequence = sequence,
            At = pending.At.ToUniversalTime(),
            Actor = pending.Actor ?? AnonymousActor,
            Action = pending.Action,
            EntityType = pending.EntityType,
            EntityId = pending.EntityId,
            Details = pending.Details,
            PreviousHash = previousHash,
            KeyId = keys.CurrentKeyId,
        };
        entry.Hash = entry.ComputeHash(keys.CurrentKey);
        return entry;
    }

    /// <summary>HMAC-SHA256 over every column but <see cref="Hash"/>; times by UTC ticks so storage offsets do not matter.</summary>
    public string ComputeHash(byte[] key)
    {
        var canonical = string.Join(
            '\u001f',
            Sequence.ToString(CultureInfo.InvariantCulture),
            At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            Actor ?? string.Empty,
            Action,
            EntityType,
            EntityId,
            Details ?? string.Empty,
            PreviousHash,
            KeyId);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonical)));
    }
}
