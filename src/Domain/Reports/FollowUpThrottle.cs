namespace ComplianceBot.Domain.Reports;

/// <summary>
/// Failed "Check my report" attempts for one key — a case code or a requester — kept in the database so the
/// lockout holds across instances. Bookkeeping, not a register, and short-lived: the row is deleted once its window
/// or lockout has ended, and at once after a successful check (decision 117).
/// What a database reader must not learn from it (Reg. 23.2): the key is an HMAC under a key kept outside the database
/// (<see cref="FollowUpKeyring"/>), and the row holds one instant only, its expiry, rounded up to the minute with an
/// offset of its own per scope, so a requester's row and a case code's row never carry the same instant, and neither
/// carries the instant of an activity, a report row or an audit entry.
/// </summary>
public sealed class FollowUpThrottle
{
    public const int KeyLength = 64;

    private FollowUpThrottle()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        Key = string.Empty;
    }

    public string Key { get; private set; }
    public int Failures { get; private set; }
    public bool Locked { get; private set; }

    /// <summary>When the counting window (or the lockout, once <see cref="Locked"/>) ends and the row may go.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public static FollowUpThrottle Start(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return new FollowUpThrottle { Key = key };
    }

    public bool IsLocked(DateTimeOffset now) => Locked && ExpiresAt > now;

    public bool HasExpired(DateTimeOffset now) => ExpiresAt <= now;

    /// <summary>Counts a failure; the <paramref name="maxFailures"/>-th within the window locks the key for <paramref name="lockout"/>.</summary>
    public void RecordFailure(FollowUpScope scope, DateTimeOffset now, int maxFailures, TimeSpan window, TimeSpan lockout)
    {
        if (Failures == 0 || HasExpired(now))
        {
            Failures = 0;
            Locked = false;
            ExpiresAt = Coarse(scope, now + window);
        }

        Failures++;
        if (Failures >= maxFailures)
        {
            Locked = true;
            ExpiresAt = Coarse(scope, now + lockout);
        }
    }

    /// <summary>
    /// Rounded up to the next whole minute, then 20 s on for a requester and 40 s for a case code: the window is at most
    /// 100 s longer than configured, and the two rows written by one attempt never share an instant.
    /// </summary>
    internal static DateTimeOffset Coarse(FollowUpScope scope, DateTimeOffset instant)
    {
        var minute = TimeSpan.TicksPerMinute;
        var ticks = instant.UtcTicks;
        var rounded = ticks % minute == 0 ? ticks : ticks - (ticks % minute) + minute;
        var offset = scope == FollowUpScope.Requester ? TimeSpan.FromSeconds(20) : TimeSpan.FromSeconds(40);
        return new DateTimeOffset(rounded, TimeSpan.Zero) + offset;
    }
}
