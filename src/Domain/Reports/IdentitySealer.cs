using System.Security.Cryptography;
using System.Text.Json;
using ComplianceBot.Domain.Persistence;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// Seals a named reporter's identity with AES-256-GCM (Reg. 23.2). The report id is the associated data,
/// so a sealed identity copied onto another report does not open.
/// </summary>
public sealed class IdentitySealer
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly byte[] _key;

    public IdentitySealer(IOptions<RegistersOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_key, IsUsingDevelopmentKey) = IdentityKeyStore.Load(options.Value);
    }

    /// <summary>True when no key was configured and a generated development key file is used; start-up outside Development refuses this.</summary>
    public bool IsUsingDevelopmentKey { get; }

    internal byte[] Seal(ReporterIdentity identity, Guid reportId)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(identity);
        var sealedBytes = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), reportId.ToByteArray());
        // Stryker disable once Statement : memory hygiene — wipes the plaintext buffer; not observable through any result
        CryptographicOperations.ZeroMemory(plain);
        return sealedBytes;
    }

    internal ReporterIdentity Unseal(byte[] sealedBytes, Guid reportId)
    {
        ArgumentNullException.ThrowIfNull(sealedBytes);
        var plain = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(_key, TagBytes);
        aes.Decrypt(
            sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes),
            plain, reportId.ToByteArray());
        return JsonSerializer.Deserialize<ReporterIdentity>(plain)
            ?? throw new CryptographicException("The sealed identity is empty.");
    }
}
