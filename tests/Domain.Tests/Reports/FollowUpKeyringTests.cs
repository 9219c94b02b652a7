using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Reports;

/// <summary>Decision 117: the key of the "Check my report" lockout rows, from configuration or a development key file.</summary>
public sealed class FollowUpKeyringTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cb-followup-key", Guid.NewGuid().ToString("N"));

    private FollowUpKeyring Keyring(string? key) => new(
        Options.Create(new FollowUpKeyOptions { FollowUpKey = key }), Options.Create(new RegistersOptions { DataDirectory = _folder }));

    // Without the setting (Development), a key file is made once beside the SQLite file; a second instance uses it.
    [Fact]
    public void New_NoSetting_UsesOneDevelopmentKeyFile()
    {
        var first = Keyring(null);
        var second = Keyring(null);

        Assert.True(first.IsUsingDevelopmentKey);
        Assert.True(File.Exists(Path.Combine(_folder, FollowUpKeyring.DevelopmentKeyFileName)));
        Assert.Equal(first.KeyFor(FollowUpScope.Case, "ABCD-EFGH-JKMN"), second.KeyFor(FollowUpScope.Case, "ABCD-EFGH-JKMN"));
    }

    // Reg. 23.2: the two scopes never share a key for the same text, and a configured key is not the development one.
    [Fact]
    public void KeyFor_ConfiguredKey_DiffersPerScopeAndFromTheDevelopmentKey()
    {
        var configured = Keyring(Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()));

        Assert.False(configured.IsUsingDevelopmentKey);
        Assert.NotEqual(configured.KeyFor(FollowUpScope.Case, "same"), configured.KeyFor(FollowUpScope.Requester, "same"));
        Assert.NotEqual(configured.KeyFor(FollowUpScope.Case, "same"), Keyring(null).KeyFor(FollowUpScope.Case, "same"));
    }

    [Theory]
    [InlineData("not-base64")]
    [InlineData("AAAA")]
    public void New_MalformedSetting_IsRefusedNamingTheSetting(string key)
    {
        Assert.False(FollowUpKeyring.IsValidKey(key));
        var refused = Assert.Throws<InvalidOperationException>(() => Keyring(key));
        Assert.Contains("Reports:FollowUpKey", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
    // Decision 117: a damaged development key file is not silently replaced (the rows it keyed would be lost track of);
    // start-up stops and says which file to delete.
    [Fact]
    public void New_DamagedDevelopmentKeyFile_IsRefusedNamingTheFile()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, FollowUpKeyring.DevelopmentKeyFileName), "AAAA");

        var refused = Assert.Throws<InvalidOperationException>(() => Keyring(null));

        Assert.Contains(FollowUpKeyring.DevelopmentKeyFileName, refused.Message, StringComparison.Ordinal);
        Assert.Contains("delete it", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keyring_MissingArguments_AreArgumentErrors()
    {
        var registers = Options.Create(new RegistersOptions { DataDirectory = _folder });

        Assert.Throws<ArgumentNullException>(() => new FollowUpKeyring(null!, registers));
        Assert.Throws<ArgumentNullException>(() => new FollowUpKeyring(Options.Create(new FollowUpKeyOptions()), null!));
        Assert.Throws<ArgumentNullException>(() => Keyring(null).KeyFor(FollowUpScope.Requester, null!));
    }
}
