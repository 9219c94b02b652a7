using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// "Check my report" with rate limiting (Reg. 23.2): failures are counted per case code AND per requester,
/// and either key locked refuses. A locked key, an unknown code and a wrong passphrase all return null after
/// the same PBKDF2 work, so the answer never tells whether a case code exists. The rows are named by a keyed MAC and
/// removed when their window ends (decision 117), so they do not join a requester to a case for a database reader.
/// </summary>
public sealed class GuardedReportFollowUp(
    RegistersDbContext db, ReportFollowUp followUp, PassphraseHasher hasher, FollowUpKeyring keyring, RegisterClock clock,
    IOptions<FollowUpLockoutOptions> options)
{
    /// <summary>The requester is an opaque id of who asks (the channel user id); only its keyed MAC is stored.</summary>
    public async Task<ConfidentialReport?> OpenAsync(string? caseCode, string? passphrase, string requester, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requester);
        // Stryker disable once String : equivalent — any fixed stand-in for a missing passphrase fails the check the same way
        passphrase ??= string.Empty;
        // Stryker disable once String : equivalent — a missing code is keyed by one fixed text either way
        var code = CaseCode.Normalize(caseCode) ?? (caseCode ?? string.Empty).Trim().ToUpperInvariant();
        var keys = new Dictionary<string, FollowUpScope>(StringComparer.Ordinal)
        {
            [keyring.KeyFor(FollowUpScope.Case, code)] = FollowUpScope.Case,
            [keyring.KeyFor(FollowUpScope.Requester, requester)] = FollowUpScope.Requester,
        };
        var now = clock.Now;
        await PurgeExpiredAsync(db, now, ct);
        var throttles = await db.FollowUpThrottles().Where(t => keys.Keys.Contains(t.Key)).ToListAsync(ct);
        if (throttles.Any(t => t.IsLocked(now)))
        {
            // Stryker disable once Statement : timing only — the equal PBKDF2 work hides a lockout; no result changes
            hasher.SpendEquivalentWork(passphrase);
            return null;
        }

        // Stryker disable once String : equivalent — a missing code and the fixed stand-in both normalise to no case
        var report = await followUp.OpenAsync(caseCode ?? string.Empty, passphrase, ct);
        if (report is null)
        {
            var settings = options.Value;
            foreach (var (key, scope) in keys)
            {
                var throttle = throttles.Find(t => t.Key == key);
                if (throttle is null)
                {
                    throttle = FollowUpThrottle.Start(key);
                    db.FollowUpThrottles().Add(throttle);
                }

                throttle.RecordFailure(scope, now, settings.MaxFailures, settings.Window, settings.Duration);
            }
        }
        else
        {
            // A successful check clears both counts: nothing of this attempt stays behind.
            db.FollowUpThrottles().RemoveRange(throttles);
        }

        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>
    /// Deletes the rows whose window or lockout has ended (decision 117). Run before every check and by the hourly
    /// reminder pass, so a row outlives its purpose by an hour at most even when nobody checks a report.
    /// </summary>
    public static Task<int> PurgeExpiredAsync(RegistersDbContext db, DateTimeOffset now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.FollowUpThrottles().Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(ct);
    }
}

internal static class FollowUpThrottleSet
{
    public static DbSet<FollowUpThrottle> FollowUpThrottles(this RegistersDbContext db) => db.Set<FollowUpThrottle>();
}
