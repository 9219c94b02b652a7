using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Reports;

/// <summary>
/// The edges of "Check my report" (Reg. 23.2): the reporter's opening is audited without naming them, failures are
/// counted per case code however it is typed, and the lockout rows go the moment their window ends (decision 117).
/// </summary>
public sealed class ReportFollowUpEdgeTests : RegisterTestBase
{
    private static readonly string Key = Convert.ToBase64String(Enumerable.Range(7, 32).Select(i => (byte)i).ToArray());

    private GuardedReportFollowUp Guarded(RegistersDbContext db) => new(
        db, new ReportFollowUp(db, World.Hasher, World.Clock), World.Hasher,
        new FollowUpKeyring(Options.Create(new FollowUpKeyOptions { FollowUpKey = Key }), World.RegistersOptions), World.Clock,
        Options.Create(new FollowUpLockoutOptions { MaxFailures = 5, Window = TimeSpan.FromMinutes(15), Duration = TimeSpan.FromMinutes(15) }));

    private async Task<FiledReport> FileAsync()
    {
        await using var db = Database.CreateContext();
        var filed = World.Intake.File(new ReportSubmission(ReportCategory.Ethics, "Rude manager", null, [], false), identity: null);
        db.ConfidentialReports.Add(filed.Report);
        await db.SaveChangesAsync();
        return filed;
    }

    // Reg. 23.2: the reporter's opening of their case is saved in the audit trail, as "anonymous" (they stay unnamed).
    [Fact]
    public async Task OpenAsync_RightCodeAndPassphrase_SavesAnUnnamedAuditOfTheOpening()
    {
        var filed = await FileAsync();
        await using (var db = Database.CreateContext())
        {
            Assert.NotNull(await new ReportFollowUp(db, World.Hasher, World.Clock).OpenAsync(filed.CaseCode, filed.Passphrase));
        }

        await using var read = Database.CreateContext();
        var audit = await read.AuditEntries.SingleAsync(a => a.Action == "ReportOpenedByReporter");
        Assert.Equal((ComplianceBot.Domain.Audit.AuditEntry.AnonymousActor, filed.Report.Id.ToString()), (audit.Actor, audit.EntityId));
    }

    // Reg. 23.2: the same case code typed in lower case, without dashes or with O for 0, counts against the same case:
    // a guesser cannot escape the lockout by respelling the code.
    [Fact]
    public async Task OpenAsync_WrongPassphrasesUnderRespelledCodes_LockTheOneCase()
    {
        var filed = await FileAsync();
        var bare = filed.CaseCode.Replace("-", string.Empty, StringComparison.Ordinal);
        string[] spellings = [filed.CaseCode.ToLowerInvariant(), bare, " " + bare.ToLowerInvariant() + " ", filed.CaseCode.Replace('0', 'O'), filed.CaseCode];
        for (var i = 0; i < spellings.Length; i++)
        {
            await using var db = Database.CreateContext();
            Assert.Null(await Guarded(db).OpenAsync(spellings[i], "wrong-passphrase-" + i, "requester-" + i));
        }

        await using var check = Database.CreateContext();
        Assert.Null(await Guarded(check).OpenAsync(filed.CaseCode, filed.Passphrase, "a-fresh-requester"));
    }

    // Reg. 23.2: failures are counted per code even when the code is not a valid one: distinct guesses are distinct rows.
    [Fact]
    public async Task OpenAsync_DistinctInvalidCodes_AreCountedSeparately()
    {
        foreach (var guess in new[] { "not-a-code", "still-not-one" })
        {
            await using var db = Database.CreateContext();
            Assert.Null(await Guarded(db).OpenAsync(guess, "some-passphrase-0", "requester-" + guess));
        }

        await using var read = Database.CreateContext();
        Assert.Equal(4, await read.Set<FollowUpThrottle>().CountAsync());
    }

    // Reg. 23.2: who asks must be known, or the per-requester lockout could not count them.
    [Fact]
    public async Task OpenAsync_NoRequester_IsRefusedBeforeAnyWork()
    {
        var filed = await FileAsync();
        await using var db = Database.CreateContext();

        await Assert.ThrowsAsync<ArgumentException>(() => Guarded(db).OpenAsync(filed.CaseCode, filed.Passphrase, " "));

        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Action == "ReportOpenedByReporter"));
    }

    // Decision 117: a row goes at the very instant its window ends, not a tick later.
    [Fact]
    public async Task PurgeExpiredAsync_AtTheInstantTheWindowEnds_DeletesTheRows()
    {
        var filed = await FileAsync();
        await using (var db = Database.CreateContext())
        {
            await Guarded(db).OpenAsync(filed.CaseCode, "wrong-passphrase-0", "requester-0");
        }

        await using var purge = Database.CreateContext();
        var last = await purge.Set<FollowUpThrottle>().MaxAsync(t => t.ExpiresAt);

        Assert.Equal(2, await GuardedReportFollowUp.PurgeExpiredAsync(purge, last));
        Assert.Equal(0, await purge.Set<FollowUpThrottle>().CountAsync());
    }

    // A check without a passphrase or a stored hash is a programming error, except the equivalent work, which takes any input.
    [Fact]
    public async Task Hasher_And_FollowUp_MissingArguments_AreArgumentErrors()
    {
        await using var db = Database.CreateContext();
        var stored = World.Hasher.Hash("correct horse battery");

        Assert.Throws<ArgumentNullException>(() => World.Hasher.Verify(null!, stored));
        Assert.Throws<ArgumentNullException>(() => World.Hasher.Verify("correct horse battery", null!));
        World.Hasher.SpendEquivalentWork(null!);
        await Assert.ThrowsAsync<ArgumentNullException>(() => new ReportFollowUp(db, World.Hasher, World.Clock).OpenAsync(CaseCode.Generate(), null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => GuardedReportFollowUp.PurgeExpiredAsync(null!, World.Clock.Now));
    }
}
