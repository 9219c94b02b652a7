using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Audit;

/// <summary>
/// What the verifier reports, exactly (regulation invariant 4: nothing filed is ever lost or silently changed;
/// decision 120): the finding, the row it names, the table, and the problem in words an officer can act on.
/// </summary>
public sealed class AuditChainVerifierFindingsTests : RegisterTestBase
{
    private GiftDetails Details => new(
        GiftDirection.Given, World.Clock.Today.AddDays(-7), null, "Partner JSC", false, "Visit", "Souvenir", 5000m, GiftWhereabouts.Other);

    private static AuditChainKeys Rotated { get; } = new("test-2", RandomNumberGenerator.GetBytes(AuditChainKeys.KeyBytes),
        new Dictionary<string, byte[]> { ["test-1"] = TestDatabase.ChainKeys.CurrentKey });

    // An entry re-linked to another predecessor (an entry cut out and the rest stitched together) breaks at that entry.
    [Fact]
    public async Task VerifyAsync_EntryLinkedToTheWrongPredecessor_IsABrokenLinkAtThatEntry()
    {
        await FileGiftsAsync(2);
        await ExecuteAsync("UPDATE AuditEntries SET PreviousHash = (SELECT Hash FROM AuditEntries WHERE Sequence = 1) WHERE Sequence = 3");

        var result = await VerifyAsync();

        Assert.Equal((AuditFinding.BrokenLink, 3L, 2L), (result.Finding, result.FirstBrokenSequence, result.EntriesChecked));
        Assert.Equal(("AuditEntries", "3"), (result.Table, result.RowKey));
        Assert.Equal("entry 3: previous-hash does not match the entry before it", result.Problem);
    }

    [Fact]
    public async Task VerifyAsync_EntrySignedWithAKeyNoLongerConfigured_NamesTheKeyId()
    {
        await FileGiftsAsync(1);

        await using var withNewKeyOnly = Database.CreateContext(new AuditChainKeys("test-2", Rotated.CurrentKey));
        var result = await new AuditChainVerifier(withNewKeyOnly).VerifyAsync();

        Assert.Equal((AuditFinding.UnknownKey, 1L, "AuditEntries"), (result.Finding, result.FirstBrokenSequence, result.Table));
        Assert.Equal("entry 1 is signed with key id 'test-1', which is not configured", result.Problem);
    }

    // The published head is the chain's last entry: nothing was deleted and nothing appended since — intact.
    [Fact]
    public async Task VerifyAsync_HeadPublishedAtTheLastEntry_IsIntact()
    {
        await FileGiftsAsync(2);
        var head = await TailHeadAsync();

        var result = await VerifyAsync(head);

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(head.Sequence, result.EntriesChecked);
    }

    [Fact]
    public async Task VerifyAsync_TailDeletedAfterPublication_NamesTheAuditTable()
    {
        await FileGiftsAsync(1);
        var head = await TailHeadAsync();
        await ExecuteAsync($"DELETE FROM AuditEntries WHERE Sequence = {head.Sequence}");

        var result = await VerifyAsync(head);

        Assert.Equal((AuditFinding.DeletedTail, head.Sequence, "AuditEntries"), (result.Finding, result.FirstBrokenSequence, result.Table));
    }

    // A head archived before the first entry was written (sequence 0) holds no hash to compare with.
    [Fact]
    public async Task VerifyAsync_HeadOfTheEmptyChain_IsIntactOnceEntriesFollow()
    {
        var emptyHead = new AuditChainHead(0, AuditEntry.GenesisHash, "test-1", World.Clock.Now);
        await FileGiftsAsync(1);

        var result = await VerifyAsync(emptyHead);

        Assert.True(result.IsIntact, result.Problem);
    }

    // Decision 120: whoever kept a retired key rewrites the head entry with it. The keyed hash holds (the key is still
    // configured to verify old entries), the key was in use before the head — but the entry is not the one published.
    [Fact]
    public async Task VerifyAsync_HeadEntryRewrittenWithARetiredKey_DivergesFromThePublishedHeadAtItsSequence()
    {
        await FileGiftsAsync(1);
        await using (var db = Database.CreateContext(Rotated))
        {
            db.GiftDeclarations.Add(GiftDeclaration.File(TestWorld.Employee, Details, World.Clock));
            await db.SaveChangesAsync();
        }

        var head = await TailHeadAsync();
        await RewriteWithRetiredKeyAsync(head.Sequence);

        await using var verifying = Database.CreateContext(Rotated);
        var result = await new AuditChainVerifier(verifying).VerifyAsync(head);

        Assert.Equal("test-2", head.KeyId);
        Assert.Equal((AuditFinding.DivergesFromPublishedHead, head.Sequence, "AuditEntries"), (result.Finding, result.FirstBrokenSequence, result.Table));
        Assert.Equal(
            $"entry {head.Sequence} is not the entry published on {head.PublishedAt:u}: the chain was rewritten",
            result.Problem);
    }

    // Two rows gone: the report names the one recorded first, with the entry that recorded it.
    [Fact]
    public async Task VerifyAsync_TwoRegisterRowsDeleted_NamesTheOneRecordedFirst()
    {
        await FileGiftsAsync(2);
        await using (var db = Database.CreateContext())
        {
            var first = await db.AuditEntries.AsNoTracking()
                .Where(e => e.EntityType == "GiftDeclarationVersions" && e.Action == AuditEntry.RowWrittenAction)
                .OrderBy(e => e.Sequence).FirstAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF; DELETE FROM GiftDeclarationVersions;");

            var result = await new AuditChainVerifier(db).VerifyAsync();

            Assert.Equal((AuditFinding.DeletedRow, "GiftDeclarationVersions"), (result.Finding, result.Table));
            Assert.Equal((first.Sequence, first.EntityId), (result.FirstBrokenSequence!.Value, result.RowKey));
            Assert.Equal($"GiftDeclarationVersions row {first.EntityId}, recorded in entry {first.Sequence}, is gone: it was deleted", result.Problem);
        }
    }

    // Decision 120: a register counter rolled back leaves numbered rows beyond it; the first of them is named.
    [Fact]
    public async Task VerifyAsync_CounterRolledBack_NamesTheFirstNumberBeyondIt()
    {
        await FileReportsAsync(3);
        await ExecuteAsync("UPDATE RegisterCounters SET LastValue = 1");

        var result = await VerifyAsync();

        Assert.Equal((AuditFinding.MissingNumber, "ConfidentialReports", "R-2026-0002"), (result.Finding, result.Table, result.RowKey));
        Assert.Equal(
            "ConfidentialReports row R-2026-0002 lies beyond its register's counter: the counter was rolled back or the row was inserted outside the application",
            result.Problem);
    }

    // The report is the same on every run: with two tables edited, the table first by name is named.
    [Fact]
    public async Task VerifyAsync_RowsEditedInTwoTables_NamesTheTableFirstByName()
    {
        await FileGiftsAsync(1);
        await ExecuteAsync("UPDATE OfficerAppointments SET TermEnd = '2030-01-01'; UPDATE GiftDeclarationVersions SET Details_EstimatedValueKzt = '500';");

        var result = await VerifyAsync();

        Assert.Equal((AuditFinding.EditedRow, "GiftDeclarationVersions"), (result.Finding, result.Table));
    }

    // Decision 120: numbers missing in two registers and two years: the first register, then the first year, is named.
    [Fact]
    public async Task VerifyAsync_NumbersMissingInTwoRegistersAndYears_NamesTheFirstRegisterAndYear()
    {
        await FileGiftsAsync(2);
        await FileReportsAsync(1);
        World.Time.Advance(TimeSpan.FromDays(366));
        await FileGiftsAsync(1);
        await ExecuteAsync(
            "PRAGMA foreign_keys = OFF; DELETE FROM GiftDeclarations WHERE Number IN ('G-2026-0001', 'G-2027-0001'); DELETE FROM ConfidentialReports;");

        var result = await VerifyAsync();

        Assert.Equal((AuditFinding.MissingNumber, "GiftDeclarations", "G-2026-0001"), (result.Finding, result.Table, result.RowKey));
    }

    // Every register row is read once: on a large register, the verifier must not keep them all in memory.
    [Fact]
    public async Task VerifyAsync_LeavesNoRegisterRowTracked()
    {
        await FileGiftsAsync(2);
        await using var db = Database.CreateContext();

        var result = await new AuditChainVerifier(db).VerifyAsync();

        Assert.True(result.IsIntact, result.Problem);
        Assert.Empty(db.ChangeTracker.Entries());
    }

    /// <summary>Changes entry <paramref name="sequence"/>'s actor and signs it again with the retired key test-1.</summary>
    private async Task RewriteWithRetiredKeyAsync(long sequence)
    {
        await using var db = Database.CreateContext();
        var e = await db.AuditEntries.AsNoTracking().SingleAsync(x => x.Sequence == sequence);
        var canonical = string.Join('\u001f', e.Sequence.ToString(CultureInfo.InvariantCulture), e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            "someone-else", e.Action, e.EntityType, e.EntityId, e.Details ?? string.Empty, e.PreviousHash, "test-1");
        var hash = Convert.ToHexStringLower(HMACSHA256.HashData(TestDatabase.ChainKeys.CurrentKey, Encoding.UTF8.GetBytes(canonical)));
        await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET Actor = 'someone-else', KeyId = 'test-1', Hash = {hash} WHERE Sequence = {sequence}");
    }

    private async Task<AuditVerificationResult> VerifyAsync(AuditChainHead? head = null)
    {
        await using var db = Database.CreateContext();
        return await new AuditChainVerifier(db).VerifyAsync(head);
    }

    private async Task<AuditChainHead> TailHeadAsync()
    {
        await using var db = Database.CreateContext();
        var tail = await db.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync();
        return new AuditChainHead(tail.Sequence, tail.Hash, tail.KeyId, World.Clock.Now);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var db = Database.CreateContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    private async Task FileGiftsAsync(int count)
    {
        await using var db = Database.CreateContext();
        for (var i = 0; i < count; i++)
        {
            db.GiftDeclarations.Add(GiftDeclaration.File(TestWorld.Employee, Details, World.Clock));
            await db.SaveChangesAsync();
        }
    }

    private async Task FileReportsAsync(int count)
    {
        await using var db = Database.CreateContext();
        for (var i = 0; i < count; i++)
        {
            db.ConfidentialReports.Add(World.Intake.File(new ReportSubmission(ReportCategory.Bribery, "Cash " + i, null, [], false), identity: null).Report);
            await db.SaveChangesAsync();
        }
    }
}
