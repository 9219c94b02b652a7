using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ComplianceBot.Domain.Audit;

/// <summary>
/// One link of the append-only audit chain: each entry carries the SHA-256 of the previous one,
/// so changing or removing a stored entry breaks the chain at that point (design.md, decision 3).
/// </summary>
public sealed class AuditEntry : IRegisterRecord
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";
    public const string AnonymousActor = "anonymous";

    private AuditEntry()
    {
        Action = EntityType = EntityId = PreviousHash = Hash = string.Empty;
    }

    public long Sequence { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Actor { get; private set; }
    public string Action { get; private set; }
    public string EntityType { get; private set; }
    public string EntityId { get; private set; }
    public string? Details { get; private set; }
    public string PreviousHash { get; private set; }
    public string Hash { get; private set; }

    internal static AuditEntry Chain(PendingAudit pending, long sequence, string previousHash)
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
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>Hash over every column but <see cref="Hash"/>; times by UTC ticks so storage offsets do not matter.</summary>
    public string ComputeHash()
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
            PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
