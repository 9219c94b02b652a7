using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Persistence;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Audit;

/// <summary>
/// Decision 120: the audit chain's keys and published heads refuse what is missing at once, naming it, instead of
/// signing with no key, writing an empty head or failing later on a null.
/// </summary>
public sealed class AuditArgumentsTests : IDisposable
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cb-domain-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void NewKeys_NoKey_IsRefused() =>
        Assert.Equal("currentKey", Assert.Throws<ArgumentNullException>(() => new AuditChainKeys("1", null!)).ParamName);

    [Fact]
    public void IsValidAndLoad_MissingSettings_AreRefusedNamingThem()
    {
        var registers = new RegistersOptions { DataDirectory = _folder };
        var configured = new AuditOptions { ChainKey = Convert.ToBase64String(Key) };

        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => AuditChainKeys.IsValid(null!)).ParamName);
        Assert.Equal("audit", Assert.Throws<ArgumentNullException>(() => AuditChainKeys.Load(null!, registers)).ParamName);
        Assert.Equal("registers", Assert.Throws<ArgumentNullException>(() => AuditChainKeys.Load(configured, null!)).ParamName);
    }

    // A configured key whose id was left unset signs under id "1", so a later rotation can name it as retired.
    [Fact]
    public void Load_ConfiguredKeyWithoutAnId_SignsUnderIdOne()
    {
        var keys = AuditChainKeys.Load(new AuditOptions { ChainKey = Convert.ToBase64String(Key) }, new RegistersOptions { DataDirectory = _folder });

        Assert.Equal("1", keys.CurrentKeyId);
        Assert.Equal(Key, keys.Find("1"));
    }

    [Fact]
    public async Task AppendAsync_NoHead_IsRefusedAndWritesNothing()
    {
        var archive = new LocalAuditHeadArchive(Options.Create(new RegistersOptions { DataDirectory = _folder }));

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => archive.AppendAsync(null!, CancellationToken.None));

        Assert.Equal("head", error.ParamName);
        Assert.False(File.Exists(archive.Location));
    }

    [Fact]
    public void AlertFrom_NoResult_IsRefused() =>
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => AuditAlert.From(null!, DateTimeOffset.UnixEpoch)).ParamName);
}
