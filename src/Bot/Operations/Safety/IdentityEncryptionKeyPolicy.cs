namespace ComplianceBot.Bot.Operations.Safety;

/// <summary>What makes an identity-encryption key acceptable outside Development: 32 random bytes, base64.</summary>
internal static class IdentityEncryptionKeyPolicy
{
    public const int KeyBytes = 32;

    /// <summary>
    /// Keys that are published in this repository or are placeholders. The Domain area's development
    /// key belongs here too, so a copied development configuration is refused.
    /// </summary>
    public static readonly IReadOnlySet<string> KnownDevelopmentKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        Convert.ToBase64String(new byte[KeyBytes]),
    };

    /// <summary>Returns why the key is unacceptable, or null when it is fine.</summary>
    public static string? Explain(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return "is missing; store 32 random bytes, base64-encoded, in Key Vault.";
        }

        var buffer = new byte[key.Length];
        if (!Convert.TryFromBase64String(key.Trim(), buffer, out var length) || length != KeyBytes)
        {
            return $"must be exactly {KeyBytes} bytes, base64-encoded.";
        }

        if (KnownDevelopmentKeys.Contains(key.Trim()) || IsSingleRepeatedByte(buffer.AsSpan(0, length)))
        {
            return "is the development/default key; generate a new random key.";
        }

        return null;
    }

    private static bool IsSingleRepeatedByte(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(bytes[0]) < 0;
}
