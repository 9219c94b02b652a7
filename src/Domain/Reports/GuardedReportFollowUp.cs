using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// "Check my report" with rate limiting (Reg. 23.2): failures are counted per case code AND per requester,
/// and either key locked refuses. A locked key, an unknown code and a wrong passphrase all return null after
/// the same PBKDF2 work, so the answer never tells whether a case code exists.
/// </summary>
public sealed class GuardedReportFollowUp(
    RegistersDbContext db, ReportFollowUp followUp, PassphraseHasher hasher, RegisterClock clock, IOptions<FollowUpLockoutOptions> options)
{
    /// <summary>The requester is an opaque id of who asks (the channel user id); only its digest is stored.</summary>
    public async Task<ConfidentialReport?> OpenAsync(string? caseCode, string? passphrase, string requester, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requester);
        passphrase ??= string.Empty;
        var codeKey = FollowUpThrottle.KeyFor("case", CaseCode.Normalize(caseCode) ?? (caseCode ?? string.Empty).Trim().ToUpperInvariant());
        var requesterKey = FollowUpThrottle.KeyFor("requester", requester);
        var throttles = await LoadAsync([codeKey, requesterKey], ct);
        var now = clock.Now;
        if (throttles.Any(t => t.IsLocked(now)))
        {
            hasher.SpendEquivalentWork(passphrase);
            return null;
        }

        var report = await followUp.OpenAsync(caseCode ?? string.Empty, passphrase, ct);
        var settings = options.Value;
        foreach (var throttle in throttles)
        {
            if (report is null)
            {
                throttle.RecordFailure(now, settings.MaxFailures, settings.Window, settings.Duration);
            }
            else
            {
                throttle.Reset(now);
            }
        }

        await db.SaveChangesAsync(ct);
        return report;
    }

    private async Task<List<FollowUpThrottle>> LoadAsync(string[] keys, CancellationToken ct)
    {
        var found = await db.FollowUpThrottles().Where(t => keys.Contains(t.Key)).ToListAsync(ct);
        foreach (var key in keys.Where(k => found.TrueForAll(t => t.Key != k)))
        {
            var throttle = FollowUpThrottle.Start(key, clock.Now);
            db.FollowUpThrottles().Add(throttle);
            found.Add(throttle);
        }

        return found;
    }
}

internal static class FollowUpThrottleSet
{
    public static DbSet<FollowUpThrottle> FollowUpThrottles(this RegistersDbContext db) => db.Set<FollowUpThrottle>();
}
