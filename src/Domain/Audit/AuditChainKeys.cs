using ComplianceBot.Domain.Persistence;

namespace ComplianceBot.Domain.Audit;

/// <summary>
/// The keys of the audit chain: the current one that signs new entries and retired ones that still verify old entries.
/// The key lives outside the database (configuration / Key Vault), so whoever can write the database cannot
/// recompute a hash after changing a row (decision 120).
/// </summary>
public sealed class AuditChainKeys
{
    public const int KeyBytes = 32;
    public const string DevelopmentKeyId = "dev";
    public const string DevelopmentKeyFileName = "audit-chain-development.key";
    public const string InvalidKeyMessage = "Audit:ChainKey and every Audit:RetiredChainKeys value must be the base64 of 32 random bytes.";

    private readonly Dictionary<string, byte[]> _keys;

    public AuditChainKeys(string currentKeyId, byte[] currentKey, IReadOnlyDictionary<string, byte[]>? retired = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currentKeyId);
        ArgumentNullException.ThrowIfNull(currentKey);
        CurrentKeyId = currentKeyId;
        _keys = new Dictionary<string, byte[]>(retired ?? new Dictionary<string, byte[]>(), StringComparer.Ordinal)
        {
            [currentKeyId] = currentKey,
        };
    }

    public string CurrentKeyId { get; }

    public byte[] CurrentKey => _keys[CurrentKeyId];

    public bool IsDevelopmentKey => CurrentKeyId == DevelopmentKeyId;

    public byte[]? Find(string keyId) => _keys.GetValueOrDefault(keyId);

    public static bool IsValidKey(string? base64)
    {
        var buffer = new byte[KeyBytes + 1];
        return base64 is not null && Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written == KeyBytes;
    }

    public static bool IsValid(AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (string.IsNullOrWhiteSpace(options.ChainKey) || IsValidKey(options.ChainKey)) && options.RetiredChainKeys.Values.All(IsValidKey);
    }

    /// <summary><c>Audit:ChainKey</c>, or a development key file made once beside the SQLite file (like the identity key).</summary>
    public static AuditChainKeys Load(AuditOptions audit, RegistersOptions registers)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(registers);
        if (!IsValid(audit))
        {
            throw new InvalidOperationException(InvalidKeyMessage);
        }

        var retired = audit.RetiredChainKeys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value.Trim()), StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(audit.ChainKey))
        {
            return new AuditChainKeys(audit.ChainKeyId, Convert.FromBase64String(audit.ChainKey.Trim()), retired);
        }

        var key = DevelopmentKeyFile.ReadOrCreate(registers.ResolveDataDirectory(), DevelopmentKeyFileName, KeyBytes);
        return new AuditChainKeys(DevelopmentKeyId, Convert.FromBase64String(key), retired);
    }
}
