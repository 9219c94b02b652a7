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

    private FollowUpKeyring Keyring => new(Options.Create(new FollowUpKeyOptions { FollowUpKey = Key }), World.RegistersOptions);

    private static readonly string Key = Convert.ToBase64String(Enumerable.Range(40, 32).Select(i => (byte)i).ToArray());

    private GuardedReportFollowUp Guarded(RegistersDbContext db) =>
        new(db, new ReportFollowUp(db, World.Hasher, World.Clock), World.Hasher, Keyring, World.Clock, Options.Create(Lockout));

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

    // Reg. 23.2, decision 117: the lockout rows are named by an HMAC under the configured key. Neither SHA-256 of the
    // case code (stored in clear on the report) or of the Teams id, with or without the old prefixes, nor the HMAC
    // under another key names a row: a database reader cannot recompute them.
    [Fact]
    public async Task OpenAsync_Failure_KeysAreKeyedMacsNotComputableFromStoredData()
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
        Assert.Contains(Keyring.KeyFor(FollowUpScope.Case, CaseCode.Normalize(filed.CaseCode)!), keys);
        Assert.Contains(Keyring.KeyFor(FollowUpScope.Requester, "29:requester-plain"), keys);
        var otherKey = new FollowUpKeyring(
            Options.Create(new FollowUpKeyOptions { FollowUpKey = Convert.ToBase64String(new byte[32]) }), World.RegistersOptions);
        var computable = new[] { CaseCode.Normalize(filed.CaseCode)!, "29:requester-plain" }
            .SelectMany(v => new[] { "", "ComplianceBot.FollowUp|case|", "ComplianceBot.FollowUp|requester|", "Case|", "Requester|" }
                .Select(prefix => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(prefix + v))))
                .Append(otherKey.KeyFor(FollowUpScope.Case, v)).Append(otherKey.KeyFor(FollowUpScope.Requester, v)));
        Assert.Empty(computable.Intersect(keys, StringComparer.OrdinalIgnoreCase));
    }

    // Reg. 23.2, decision 117: the requester's row and the case code's row written by one attempt share no instant,
    // and neither holds the instant of the attempt itself (which is close to the activity's and the audit's).
    [Fact]
    public async Task OpenAsync_Failure_RequesterAndCaseRowsShareNoInstant()
    {
        var filed = await FileAsync();
        World.Time.Advance(TimeSpan.FromSeconds(17.123));
        var attempt = World.Clock.Now;
        await using (var db = Database.CreateContext())
        {
            await Guarded(db).OpenAsync(filed.CaseCode, "wrong-passphrase-0000", "29:requester-plain");
        }

        await using var read = Database.CreateContext();
        var rows = await read.Set<FollowUpThrottle>().ToListAsync();
        var requester = rows.Single(r => r.Key == Keyring.KeyFor(FollowUpScope.Requester, "29:requester-plain"));
        var caseRow = rows.Single(r => r.Key != requester.Key);
        Assert.NotEqual(requester.ExpiresAt, caseRow.ExpiresAt);
        Assert.All(rows, r => Assert.NotEqual(attempt + Lockout.Window, r.ExpiresAt));
        Assert.All(rows, r => Assert.Equal(0, r.ExpiresAt.UtcTicks % TimeSpan.TicksPerSecond));
        Assert.All(rows, r => Assert.InRange(r.ExpiresAt, attempt + Lockout.Window, attempt + Lockout.Window + TimeSpan.FromSeconds(100)));
    }

    // Decision 117: a row goes when its window ends — at the next check (any case code, any requester) and by the
    // periodic purge — and at once after a successful check.
    [Fact]
    public async Task OpenAsync_WindowEnded_RowsAreDeleted()
    {
        var filed = await FileAsync();
        await using (var db = Database.CreateContext())
        {
            await Guarded(db).OpenAsync(filed.CaseCode, "wrong-passphrase-0000", "29:requester-plain");
        }

        World.Time.Advance(Lockout.Window + TimeSpan.FromMinutes(2));
        await using (var db = Database.CreateContext())
        {
            Assert.Equal(2, await GuardedReportFollowUp.PurgeExpiredAsync(db, World.Clock.Now));
            await Guarded(db).OpenAsync(CaseCode.Generate(), "wrong-passphrase-0001", "someone-else");
        }

        World.Time.Advance(Lockout.Window + TimeSpan.FromMinutes(2));
        await using (var db = Database.CreateContext())
        {
            Assert.NotNull(await Guarded(db).OpenAsync(filed.CaseCode, filed.Passphrase, "29:requester-plain"));
        }

        await using var read = Database.CreateContext();
        Assert.Empty(await read.Set<FollowUpThrottle>().ToListAsync());
    }

    // Decision 117: a successful check removes the rows of its case code and requester, nothing of it stays.
    [Fact]
    public async Task OpenAsync_SuccessAfterFailure_RemovesTheRows()
    {
        var filed = await FileAsync();
        await using (var db = Database.CreateContext())
        {
            await Guarded(db).OpenAsync(filed.CaseCode, "wrong-passphrase-0000", "29:requester-plain");
        }

        await using (var db = Database.CreateContext())
        {
            Assert.NotNull(await Guarded(db).OpenAsync(filed.CaseCode, filed.Passphrase, "29:requester-plain"));
        }

        await using var read = Database.CreateContext();
        Assert.Empty(await read.Set<FollowUpThrottle>().ToListAsync());
    }

    [Fact]
    public void RecordFailure_WindowPassed_StartsCountingAgain()
    {
        var start = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
        var throttle = FollowUpThrottle.Start("k");
        for (var i = 0; i < 4; i++)
        {
            throttle.RecordFailure(FollowUpScope.Case, start, 5, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));
        }

        throttle.RecordFailure(FollowUpScope.Case, start.AddMinutes(20), 5, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));

        Assert.Equal(1, throttle.Failures);
        Assert.False(throttle.IsLocked(start.AddMinutes(20)));
    }
}
