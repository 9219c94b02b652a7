using System.Security.Cryptography;
using System.Text;
using ComplianceBot.Domain.Persistence;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Reports;

/// <summary>Setting <c>Reports:FollowUpKey</c>: base64 of 32 random bytes keying the "Check my report" lockout rows.</summary>
public sealed class FollowUpKeyOptions
{
    public const string SectionName = "Reports";
    public const string SettingName = "Reports:FollowUpKey";

    public string? FollowUpKey { get; set; }
}

/// <summary>
/// Names the "Check my report" lockout rows with HMAC-SHA256 under a key kept outside the database (Reg. 23.2,
/// decision 117). An unkeyed digest of a case code (stored in clear on the report) or of a Teams user id (stored in
/// the conversation references) is recomputed by anyone who reads the database; a keyed one is not.
/// Without the setting, Development uses a key file made once beside the SQLite file; start-up refuses that anywhere else.
/// </summary>
public sealed class FollowUpKeyring
{
    public const int KeyBytes = 32;
    public const string DevelopmentKeyFileName = "followup-development.key";
    public const string InvalidKeyMessage = "Reports:FollowUpKey must be the base64 of 32 random bytes.";
    private readonly byte[] _key;

    public FollowUpKeyring(IOptions<FollowUpKeyOptions> options, IOptions<RegistersOptions> registers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(registers);
        var configured = options.Value.FollowUpKey;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _key = Parse(configured) ?? throw new InvalidOperationException(InvalidKeyMessage);
            return;
        }

        _key = Parse(DevelopmentKeyFile.ReadOrCreate(registers.Value.ResolveDataDirectory(), DevelopmentKeyFileName, KeyBytes))
            ?? throw new InvalidOperationException($"{DevelopmentKeyFileName} does not hold a valid key; delete it to make a new one.");
        IsUsingDevelopmentKey = true;
    }

    /// <summary>True when no key was configured; start-up outside Development refuses this.</summary>
    public bool IsUsingDevelopmentKey { get; }

    /// <summary>The row key for a case code or a requester: 64 hex characters, meaningless without the key.</summary>
    public string KeyFor(FollowUpScope scope, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{scope}|{value}"));
        return Convert.ToHexString(mac);
    }

    public static bool IsValidKey(string? base64) => string.IsNullOrWhiteSpace(base64) || Parse(base64) is not null;

    private static byte[]? Parse(string base64)
    {
        var buffer = new byte[KeyBytes + 1];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written == KeyBytes ? buffer[..KeyBytes] : null;
    }
}

/// <summary>What a lockout row counts failures of.</summary>
public enum FollowUpScope
{
    Case,
    Requester,
}
