using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Gifts;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Audit;

// Regulation invariant 4 (nothing filed is ever lost or silently changed) and design.md decision 3; decision 120.
public sealed class AuditChainTests : RegisterTestBase
{
    private static GiftDetails Details => new(
        GiftDirection.Given, new DateOnly(2026, 2, 1), null, "Partner JSC", false, "Visit", "Souvenir", 5000m, GiftWhereabouts.Other);

    [Fact]
    public async Task VerifyAsync_UntouchedChain_IsIntactAndChecksEveryRegisterRow()
    {
        await FileGiftsAsync(3);

        var result = await VerifyAsync();

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(await CountEntriesAsync(), result.EntriesChecked);
        // Two appointments, three declarations and their three first versions.
        Assert.Equal(8, result.RowsChecked);
    }

    [Fact]
    public async Task SaveChangesAsync_NewRegisterRows_EachGetAnEntryWithAKeyedDigestAndTheDateOnly()
    {
        await FileGiftsAsync(1);
        await using var db = Database.CreateContext();

        var rows = await db.AuditEntries.Where(e => e.Action == AuditEntry.RowWrittenAction).ToListAsync();

        Assert.Contains(rows, r => r.EntityType == "GiftDeclarations");
        Assert.Contains(rows, r => r.EntityType == "GiftDeclarationVersions");
        Assert.All(rows, r => Assert.Equal(TimeSpan.Zero, r.At.UtcDateTime.TimeOfDay));
        Assert.All(rows, r => Assert.Equal(64, r.Details!.Length));
        Assert.All(await db.AuditEntries.ToListAsync(), e => Assert.Equal("test-1", e.KeyId));
    }

    [Fact]
    public async Task VerifyAsync_AuditRowEditedWithRawSql_NamesThatEntry()
    {
        await FileGiftsAsync(3);
        await ExecuteAsync("UPDATE AuditEntries SET Actor = 'someone-else' WHERE Sequence = 4");

        var result = await VerifyAsync();

        Assert.Equal(AuditFinding.BrokenLink, result.Finding);
        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Equal(3, result.EntriesChecked);
        Assert.Contains("entry 4", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_EntryRemovedFromTheMiddle_NamesTheGap()
    {
        await FileGiftsAsync(2);
        await ExecuteAsync("DELETE FROM AuditEntries WHERE Sequence = 3");

        var result = await VerifyAsync();

        Assert.Equal(AuditFinding.BrokenLink, result.Finding);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("entry 3 is missing", result.Problem, StringComparison.Ordinal);
    }

    // A deleted tail leaves a chain that is consistent in itself; only the head published outside the database shows it.
    [Fact]
    public async Task VerifyAsync_TailDeletedAfterPublication_NamesTheDeletedTail()
    {
        await FileGiftsAsync(3);
        var head = await TailHeadAsync();
        var last = head.Sequence;
        await ExecuteAsync($"DELETE FROM AuditEntries WHERE Sequence > {last - 3}");

        var result = await VerifyAsync(head);

        Assert.Equal(AuditFinding.DeletedTail, result.Finding);
        Assert.Equal(last - 2, result.FirstBrokenSequence);
        Assert.Contains($"entries {last - 2}–{last} were deleted", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_ChainGrewAfterPublication_IsIntact()
    {
        await FileGiftsAsync(1);
        var head = await TailHeadAsync();
        await FileGiftsAsync(1);

        var result = await VerifyAsync(head);

        Assert.True(result.IsIntact, result.Problem);
        Assert.True(result.EntriesChecked > head.Sequence);
    }

    // The attacker changes an entry and recomputes every hash after it, without the key: with plain SHA-256 ...
    [Fact]
    public async Task VerifyAsync_ChainRehashedWithPlainSha256_IsBrokenAtTheFirstRehashedEntry()
    {
        await FileGiftsAsync(2);
        await RehashFromAsync(3, canonical => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));

        var result = await VerifyAsync();

        Assert.Equal(AuditFinding.BrokenLink, result.Finding);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("keyed hash", result.Problem, StringComparison.Ordinal);
    }

    // ... or with an HMAC under a key of their own choosing.
    [Fact]
    public async Task VerifyAsync_ChainRehashedWithAWrongKey_IsBrokenAtTheFirstRehashedEntry()
    {
        await FileGiftsAsync(2);
        var guess = new byte[AuditChainKeys.KeyBytes];
        await RehashFromAsync(3, canonical => Convert.ToHexStringLower(HMACSHA256.HashData(guess, Encoding.UTF8.GetBytes(canonical))));

        var result = await VerifyAsync();

        Assert.Equal(AuditFinding.BrokenLink, result.Finding);
        Assert.Equal(3, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task VerifyAsync_RegisterRowEditedWithRawSql_NamesTheTableAndRow()
    {
        await FileGiftsAsync(2);
        Guid version;
        await using (var db = Database.CreateContext())
        {
            version = (await db.GiftDeclarations.Include(d => d.Versions).OrderBy(d => d.Number).FirstAsync()).Current.Id;
        }

        await ExecuteAsync($"UPDATE GiftDeclarationVersions SET Details_EstimatedValueKzt = '500' WHERE Id = '{version.ToString().ToUpperInvariant()}'");

        var result = await VerifyAsync();

        Assert.Equal(AuditFinding.EditedRow, result.Finding);
        Assert.Equal("GiftDeclarationVersions", result.Table);
        Assert.Equal(version.ToString(), result.RowKey);
        Assert.Contains("was edited", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_RegisterRowDeletedWithRawSql_NamesTheTableAndRow()
    {
        await FileGiftsAsync(1);
        await ExecuteAsync("PRAGMA foreign_keys = OFF; DELETE FROM GiftDeclarationVersions;");

        var result = await VerifyAsync();

        Assert.Equal(AuditFinding.DeletedRow, result.Finding);
        Assert.Equal("GiftDeclarationVersions", result.Table);
    }

    [Fact]
    public async Task VerifyAsync_RegisterRowInsertedWithRawSql_NamesTheUnrecordedRow()
    {
        var forged = Guid.NewGuid();
        await ExecuteAsync(
            "CREATE TEMP TABLE copy AS SELECT * FROM OfficerAppointments LIMIT 1; " +
            $"UPDATE copy SET Id = '{forged.ToString().ToUpperInvariant()}'; INSERT INTO OfficerAppointments SELECT * FROM copy;");

        var result = await VerifyAsync();

        Assert.Equal(AuditFinding.UnrecordedRow, result.Finding);
        Assert.Equal("OfficerAppointments", result.Table);
        Assert.Equal(forged.ToString(), result.RowKey);
        Assert.Equal($"OfficerAppointments row {forged} is not recorded in the audit chain: it was inserted outside the application", result.Problem);
    }

    // A status kept beside its history rows changes by design (decision 012); that is no tampering.
    [Fact]
    public async Task VerifyAsync_DeclarationDecidedAfterFiling_IsIntact()
    {
        await FileGiftsAsync(1);
        await using (var db = Database.CreateContext())
        {
            var gift = await db.GiftDeclarations.Include(d => d.Versions).SingleAsync();
            gift.Decide(await World.OfficerAsync(db), GiftOutcome.MayKeep, "Souvenir of low value", World.Clock.Now);
            await db.SaveChangesAsync();
        }

        var result = await VerifyAsync();

        Assert.True(result.IsIntact, result.Problem);
    }

    // Key rotation: entries keep the id of the key that signed them; a retired key still verifies them.
    [Fact]
    public async Task VerifyAsync_AfterKeyRotation_VerifiesWithTheRetiredKeyAndNamesAnUnknownOne()
    {
        await FileGiftsAsync(1);
        var rotated = new AuditChainKeys("test-2", RandomNumberGenerator.GetBytes(AuditChainKeys.KeyBytes),
            new Dictionary<string, byte[]> { ["test-1"] = TestDatabase.ChainKeys.CurrentKey });
        await using (var db = Database.CreateContext(rotated))
        {
            db.GiftDeclarations.Add(GiftDeclaration.File(TestWorld.Employee, Details, World.Clock));
            await db.SaveChangesAsync();
        }

        await using var withBoth = Database.CreateContext(rotated);
        var intact = await new AuditChainVerifier(withBoth).VerifyAsync();
        await using var withNewOnly = Database.CreateContext(new AuditChainKeys("test-2", rotated.CurrentKey));
        var withoutRetired = await new AuditChainVerifier(withNewOnly).VerifyAsync();

        Assert.True(intact.IsIntact, intact.Problem);
        Assert.Equal(AuditFinding.UnknownKey, withoutRetired.Finding);
        Assert.Equal(1, withoutRetired.FirstBrokenSequence);
    }

    // Decision 120, changed after review: whoever holds a retired key cannot append with it after a head published
    // under its successor ...
    [Fact]
    public async Task VerifyAsync_EntryAfterTheHeadSignedWithAKeyRetiredBeforeIt_NamesTheRetiredKey()
    {
        await FileGiftsAsync(1);
        var rotated = new AuditChainKeys("test-2", RandomNumberGenerator.GetBytes(AuditChainKeys.KeyBytes),
            new Dictionary<string, byte[]> { ["test-1"] = TestDatabase.ChainKeys.CurrentKey });
        await using (var db = Database.CreateContext(rotated))
        {
            db.GiftDeclarations.Add(GiftDeclaration.File(TestWorld.Employee, Details, World.Clock));
            await db.SaveChangesAsync();
        }

        var head = await TailHeadAsync();
        await FileGiftsAsync(1); // signed with the old key test-1, as by someone who kept it

        await using var verifying = Database.CreateContext(rotated);
        var result = await new AuditChainVerifier(verifying).VerifyAsync(head);

        Assert.Equal("test-2", head.KeyId);
        Assert.Equal(AuditFinding.RetiredKey, result.Finding);
        Assert.Equal(head.Sequence + 1, result.FirstBrokenSequence);
        Assert.Contains("'test-1'", result.Problem, StringComparison.Ordinal);
    }

    // ... while a rotation after the head, and the head's own key after it, are what rotation looks like.
    [Fact]
    public async Task VerifyAsync_RotationAfterThePublishedHead_IsIntact()
    {
        await FileGiftsAsync(1);
        var head = await TailHeadAsync();
        await FileGiftsAsync(1);
        var rotated = new AuditChainKeys("test-2", RandomNumberGenerator.GetBytes(AuditChainKeys.KeyBytes),
            new Dictionary<string, byte[]> { ["test-1"] = TestDatabase.ChainKeys.CurrentKey });
        await using (var db = Database.CreateContext(rotated))
        {
            db.GiftDeclarations.Add(GiftDeclaration.File(TestWorld.Employee, Details, World.Clock));
            await db.SaveChangesAsync();
        }

        await using var verifying = Database.CreateContext(rotated);
        var result = await new AuditChainVerifier(verifying).VerifyAsync(head);

        Assert.True(result.IsIntact, result.Problem);
    }

    // Two instances appending at once still produce one unbroken chain.
    [Fact]
    public async Task SaveChangesAsync_TwoContextsConcurrently_KeepOneChain()
    {
        await Task.WhenAll(Task.Run(() => FileGiftsAsync(10)), Task.Run(() => FileGiftsAsync(10)));

        var result = await VerifyAsync();
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(42, result.RowsChecked);
    }

    private async Task<AuditVerificationResult> VerifyAsync(AuditChainHead? head = null)
    {
        await using var db = Database.CreateContext();
        return await new AuditChainVerifier(db).VerifyAsync(head);
    }

    private async Task<long> CountEntriesAsync()
    {
        await using var db = Database.CreateContext();
        return await db.AuditEntries.LongCountAsync();
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

    /// <summary>Changes entry <paramref name="from"/>'s actor and recomputes it and every later hash with <paramref name="hash"/>.</summary>
    private async Task RehashFromAsync(long from, Func<string, string> hash)
    {
        await using var db = Database.CreateContext();
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        var previous = entries.Single(e => e.Sequence == from - 1).Hash;
        foreach (var e in entries.Where(e => e.Sequence >= from))
        {
            var actor = e.Sequence == from ? "someone-else" : e.Actor;
            var canonical = string.Join('\u001f', e.Sequence.ToString(CultureInfo.InvariantCulture), e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
                actor ?? string.Empty, e.Action, e.EntityType, e.EntityId, e.Details ?? string.Empty, previous, e.KeyId);
            var rehashed = hash(canonical);
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET Actor = {actor}, PreviousHash = {previous}, Hash = {rehashed} WHERE Sequence = {e.Sequence}");
            previous = rehashed;
        }
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
}
