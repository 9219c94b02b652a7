using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ComplianceBot.Domain.Persistence;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// Stores a case passphrase only as PBKDF2-SHA256 with a random salt; the iteration count is kept with
/// the hash so raising <c>Registers:PassphraseIterations</c> does not lock out existing cases.
/// </summary>
public sealed class PassphraseHasher(IOptions<RegistersOptions> options)
{
    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public string Hash(string passphrase)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        var iterations = options.Value.PassphraseIterations;
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(passphrase, salt, iterations);
        return string.Join('$', Scheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Compares in fixed time; a malformed stored value never matches.</summary>
    public bool Verify(string passphrase, string stored)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        ArgumentNullException.ThrowIfNull(stored);
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var iterations))
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[3]);
        var actual = Derive(passphrase, Convert.FromBase64String(parts[2]), iterations);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Spends the same work as a real check, so an unknown case code answers as slowly as a wrong passphrase.</summary>
    public void SpendEquivalentWork(string passphrase) =>
        // Stryker disable once String : timing only — the text hashed for the equivalent work is never compared
        Derive(passphrase ?? string.Empty, new byte[SaltBytes], options.Value.PassphraseIterations);

    private static byte[] Derive(string passphrase, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passphrase.Trim()), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
}
