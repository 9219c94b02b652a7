using System.Security.Cryptography;
using System.Text;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// Failed "Check my report" attempts for one key — a case code or a requester — kept in the database so the
/// lockout holds across instances. Bookkeeping, not a register. The key is a SHA-256 digest: the table holds
/// neither case codes nor user ids in the clear (Reg. 23.2).
/// </summary>
public sealed class FollowUpThrottle
{
    public const int KeyLength = 64;

    private FollowUpThrottle()
    {
        Key = string.Empty;
    }

    public string Key { get; private set; }
    public int Failures { get; private set; }
    public DateTimeOffset WindowStartedAt { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }

    public static string KeyFor(string scope, string value)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"ComplianceBot.FollowUp|{scope}|{value}"));
        return Convert.ToHexString(digest);
    }

    public static FollowUpThrottle Start(string key, DateTimeOffset now) => new() { Key = key, WindowStartedAt = now };

    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>Counts a failure; the <paramref name="maxFailures"/>-th within the window locks the key for <paramref name="lockout"/>.</summary>
    public void RecordFailure(DateTimeOffset now, int maxFailures, TimeSpan window, TimeSpan lockout)
    {
        if (now - WindowStartedAt > window || LockedUntil is { } until && until <= now)
        {
            Failures = 0;
            WindowStartedAt = now;
            LockedUntil = null;
        }

        Failures++;
        if (Failures >= maxFailures)
        {
            LockedUntil = now + lockout;
        }
    }

    public void Reset(DateTimeOffset now)
    {
        Failures = 0;
        WindowStartedAt = now;
        LockedUntil = null;
    }
}
