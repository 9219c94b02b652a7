using ComplianceBot.Domain.Persistence;

namespace ComplianceBot.Domain.Reports;

/// <summary>Finds the identity-sealing key: <c>Registers:IdentityEncryptionKey</c>, or a development key file made once.</summary>
internal static class IdentityKeyStore
{
    public const int KeyBytes = 32;
    public const string DevelopmentKeyFileName = "identity-development.key";
    public const string InvalidKeyMessage = "Registers:IdentityEncryptionKey must be the base64 of 32 random bytes.";

    public static bool IsValidKey(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return true;
        }

        var buffer = new byte[KeyBytes + 1];
        return Convert.TryFromBase64String(base64, buffer, out var written) && written == KeyBytes;
    }

    public static (byte[] Key, bool IsDevelopment) Load(RegistersOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.IdentityEncryptionKey))
        {
            return IsValidKey(options.IdentityEncryptionKey)
                ? (Convert.FromBase64String(options.IdentityEncryptionKey), false)
                : throw new InvalidOperationException(InvalidKeyMessage);
        }

        return (Convert.FromBase64String(DevelopmentKeyFile.ReadOrCreate(options.ResolveDataDirectory(), DevelopmentKeyFileName, KeyBytes)), true);
    }
}
