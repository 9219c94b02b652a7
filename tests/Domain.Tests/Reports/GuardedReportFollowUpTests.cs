using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Reports;

public sealed class GuardedReportFollowUpTests : RegisterTestBase
{
    private static readonly FollowUpLockoutOptions Lockout = new()
    {
        MaxFailures = 5, Window = TimeSpan.FromMinutes(15), Duration = TimeSpan.FromMinutes(15),
    };

    private GuardedReportFollowUp Guarded(RegistersDbContext db) =>
        new(db, new ReportFollowUp(db, World.Hasher, World.Clock), World.Hasher, World.Clock, Options.Create(Lockout));

    private async Task<FiledReport> FileAsync()
    {
        await using var db = Database.CreateContext();
        var filed = World.Intake.File(new ReportSubmission(ReportCategory.Ethics, "Rude manager", null, [], false), identity: null);
        db.ConfidentialReports.Add(filed.Report);
        await db.SaveChangesAsync();
        return filed;
    }

    // Reg. 23.2: repeated wrong passphrases lock the case code out, even the right passphrase then fails.
    [Fact]
    public async Task OpenAsync_FiveWrongPassphrases_LocksCaseEvenForTheRightPassphrase()
    {
        var filed = await FileAsync();
        for (var i = 0; i < 5; i++)
        {
            await using var db = Database.CreateContext();
            Assert.Null(await Guarded(db).OpenAsync(filed.CaseCode, "wrong-passphrase-" + i, "requester-" + i));
        }

        await using (var db = Database.CreateContext())
        {
            Assert.Null(await Guarded(db).OpenAsync(filed.CaseCode, filed.Passphrase, "a-fresh-requester"));
        }

        World.Time.Advance(TimeSpan.FromMinutes(16));
        await using var later = Database.CreateContext();
        Assert.NotNull(await Guarded(later).OpenAsync(filed.CaseCode, filed.Passphrase, "a-fresh-requester"));
    }

    // Reg. 23.2: one requester trying many case codes is locked out too (per requester, not only per code).
    [Fact]
    public async Task OpenAsync_RequesterGuessesManyCodes_LocksRequesterForRealCase()
    {
        var filed = await FileAsync();
        for (var i = 0; i < 5; i++)
        {
            await using var db = Database.CreateContext();
            Assert.Null(await Guarded(db).OpenAsync(CaseCode.Generate(), filed.Passphrase, "guesser"));
        }

        await using var check = Database.CreateContext();
        Assert.Null(await Guarded(check).OpenAsync(filed.CaseCode, filed.Passphrase, "guesser"));
    }

    // Reg. 23.2: the lockout rows hold digests, never the case code or the requester id in the clear.
    [Fact]
    public async Task OpenAsync_Failure_StoresOnlyDigests()
    {
        var filed = await FileAsync();
        await using (var db = Database.CreateContext())
        {
            await Guarded(db).OpenAsync(filed.CaseCode, "wrong-passphrase-0000", "29:requester-plain");
        }

        await using var read = Database.CreateContext();
        var keys = await read.Set<FollowUpThrottle>().Select(t => t.Key).ToListAsync();
        Assert.Equal(2, keys.Count);
        Assert.All(keys, k => Assert.Matches("^[0-9A-F]{64}$", k));
    }

    [Fact]
    public void RecordFailure_WindowPassed_StartsCountingAgain()
    {
        var start = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
        var throttle = FollowUpThrottle.Start("k", start);
        for (var i = 0; i < 4; i++)
        {
            throttle.RecordFailure(start, 5, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));
        }

        throttle.RecordFailure(start.AddMinutes(20), 5, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));

        Assert.Equal(1, throttle.Failures);
        Assert.False(throttle.IsLocked(start.AddMinutes(20)));
    }
}
