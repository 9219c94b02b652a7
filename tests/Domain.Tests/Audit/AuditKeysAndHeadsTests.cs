using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Persistence;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Audit;

/// <summary>
/// The parts of the audit chain that need no database (decision 120; regulation invariant 4): the keyed hash's exact
/// canonical form (existing chains must keep verifying), which keys are accepted and loaded, and the published heads.
/// </summary>
public sealed class AuditKeysAndHeadsTests : IDisposable
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly DateTimeOffset At = new(2026, 3, 10, 14, 30, 0, TimeSpan.FromHours(5));
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cb-domain-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string Hmac(string canonical) => Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(canonical)));

    // Decision 120: the hash is HMAC-SHA256 over every column in this order, separated by U+001F, times as UTC ticks.
    [Fact]
    public void Chain_HashesTheCanonicalFormWithTheCurrentKey()
    {
        var keys = new AuditChainKeys("k-2", Key);

        var entry = AuditEntry.Chain(new PendingAudit("officer-a", "ReportClosed", "ConfidentialReport", "id-1", "status Closed", At), 7, "prev", keys);

        var canonical = string.Join('\u001f', "7", At.UtcTicks.ToString(CultureInfo.InvariantCulture), "officer-a", "ReportClosed", "ConfidentialReport", "id-1", "status Closed", "prev", "k-2");
        Assert.Equal(Hmac(canonical), entry.Hash);
        Assert.Equal((7L, At.ToUniversalTime(), TimeSpan.Zero, "k-2", "prev"), (entry.Sequence, entry.At, entry.At.Offset, entry.KeyId, entry.PreviousHash));
        Assert.Matches("^[0-9a-f]{64}$", entry.Hash);
    }

    // Reg. 23.2: an anonymous reporter's step is chained with the actor "anonymous"; empty details hash as empty.
    [Fact]
    public void Chain_NoActorNoDetails_AnonymousActorAndEmptyDetails()
    {
        var entry = AuditEntry.Chain(new PendingAudit(null, "ReportFiled", "ConfidentialReport", "id-1", null, At), 1, AuditEntry.GenesisHash, new AuditChainKeys("1", Key));

        Assert.Equal((AuditEntry.AnonymousActor, (string?)null), (entry.Actor, entry.Details));
        var canonical = string.Join('\u001f', "1", At.UtcTicks.ToString(CultureInfo.InvariantCulture), "anonymous", "ReportFiled", "ConfidentialReport", "id-1", "", AuditEntry.GenesisHash, "1");
        Assert.Equal(Hmac(canonical), entry.Hash);
        Assert.NotEqual(entry.Hash, entry.ComputeHash(new byte[32]));
    }

    // Decision 120: the chain key is the base64 of exactly 32 bytes (spaces around it allowed).
    [Fact]
    public void IsValidKey_ExactlyThirtyTwoBytes()
    {
        Assert.True(AuditChainKeys.IsValidKey(" " + Convert.ToBase64String(Key) + "\n"));
        Assert.False(AuditChainKeys.IsValidKey(Convert.ToBase64String(new byte[31])));
        Assert.False(AuditChainKeys.IsValidKey(Convert.ToBase64String(new byte[33])));
        Assert.False(AuditChainKeys.IsValidKey("not base64!"));
        Assert.False(AuditChainKeys.IsValidKey(null));
    }

    // Decision 120: no chain key is valid (development); a malformed chain key or retired key stops start-up.
    [Fact]
    public void IsValidAndLoad_MalformedChainOrRetiredKey_AreRefused()
    {
        var registers = new RegistersOptions { DataDirectory = _folder };
        Assert.True(AuditChainKeys.IsValid(new AuditOptions()));
        Assert.True(AuditChainKeys.IsValid(new AuditOptions { ChainKey = Convert.ToBase64String(Key) }));

        foreach (var bad in new[]
        {
            new AuditOptions { ChainKey = "AAAA" },
            new AuditOptions { ChainKey = Convert.ToBase64String(Key), RetiredChainKeys = { ["0"] = "AAAA" } },
        })
        {
            Assert.False(AuditChainKeys.IsValid(bad));
            var error = Assert.Throws<InvalidOperationException>(() => AuditChainKeys.Load(bad, registers));
            Assert.Equal(AuditChainKeys.InvalidKeyMessage, error.Message);
        }
    }

    // Decision 120: a configured key signs under its id; retired keys still verify the entries written under them.
    [Fact]
    public void Load_ConfiguredKey_SignsUnderItsIdAndKeepsRetiredKeys()
    {
        var retired = new byte[32];
        var keys = AuditChainKeys.Load(
            new AuditOptions { ChainKey = " " + Convert.ToBase64String(Key) + " ", ChainKeyId = "2026-03", RetiredChainKeys = { ["2025"] = Convert.ToBase64String(retired) + " " } },
            new RegistersOptions { DataDirectory = _folder });

        Assert.Equal(("2026-03", false), (keys.CurrentKeyId, keys.IsDevelopmentKey));
        Assert.Equal(Key, keys.CurrentKey);
        Assert.Equal(Key, keys.Find("2026-03"));
        Assert.Equal(retired, keys.Find("2025"));
        Assert.Null(keys.Find("2024"));
        Assert.False(Directory.Exists(_folder) && File.Exists(Path.Combine(_folder, AuditChainKeys.DevelopmentKeyFileName)));
    }

    // Decision 120: without a key, development signs with a key file made once beside the database and reused.
    [Fact]
    public void Load_NoKey_MakesOneDevelopmentKeyFileAndReusesIt()
    {
        var registers = new RegistersOptions { DataDirectory = _folder };

        var first = AuditChainKeys.Load(new AuditOptions(), registers);
        var second = AuditChainKeys.Load(new AuditOptions(), registers);

        Assert.Equal((AuditChainKeys.DevelopmentKeyId, true), (first.CurrentKeyId, first.IsDevelopmentKey));
        Assert.Equal(AuditChainKeys.KeyBytes, first.CurrentKey.Length);
        Assert.Equal(first.CurrentKey, second.CurrentKey);
        Assert.True(File.Exists(Path.Combine(_folder, AuditChainKeys.DevelopmentKeyFileName)));
    }

    [Fact]
    public void NewKeys_NoKeyId_IsRefused() => Assert.ThrowsAny<ArgumentException>(() => new AuditChainKeys(" ", Key));

    // Decision 120: a head survives its JSON form; a damaged line is no head.
    [Fact]
    public void Head_RoundTripsThroughJson_DamagedLineIsNull()
    {
        var head = new AuditChainHead(42, "abc", "1", At);

        Assert.Equal(head, AuditChainHead.Parse(head.ToJson()));
        Assert.Contains("\"sequence\":42", head.ToJson(), StringComparison.Ordinal);
        Assert.Null(AuditChainHead.Parse("{not json"));
    }

    // Decision 120: the archive is append-only; the head with the highest sequence is the latest, whatever the order.
    [Fact]
    public async Task LocalArchive_LatestIsTheHighestSequence_NothingPublishedIsNull()
    {
        var archive = new LocalAuditHeadArchive(Options.Create(new RegistersOptions { DataDirectory = Path.Combine(_folder, "data") }));
        Assert.Null(await archive.ReadLatestAsync(CancellationToken.None));

        await archive.AppendAsync(new AuditChainHead(5, "h5", "1", At), CancellationToken.None);
        await archive.AppendAsync(new AuditChainHead(9, "h9", "1", At), CancellationToken.None);
        await archive.AppendAsync(new AuditChainHead(7, "h7", "1", At), CancellationToken.None);
        await File.AppendAllTextAsync(archive.Location, "\n{damaged\n");

        Assert.Equal("h9", (await archive.ReadLatestAsync(CancellationToken.None))!.Hash);
        Assert.Equal(Path.Combine(_folder, "data", LocalAuditHeadArchive.FileName), archive.Location);
        Assert.Equal(3, (await File.ReadAllLinesAsync(archive.Location)).Count(l => l.StartsWith('{') && l.EndsWith('}')));
    }

    [Fact]
    public void Result_IntactOnlyWithoutFinding()
    {
        Assert.True(new AuditVerificationResult().IsIntact);
        Assert.False(new AuditVerificationResult { Finding = AuditFinding.EditedRow }.IsIntact);
    }
}
