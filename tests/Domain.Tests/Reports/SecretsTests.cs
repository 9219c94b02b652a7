using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Reports;

public sealed class SecretsTests
{
    private static readonly IOptions<RegistersOptions> FastOptions = Options.Create(new RegistersOptions { PassphraseIterations = 1000 });

    [Fact]
    public void Hash_SamePassphraseTwice_GivesDifferentSaltedHashesThatBothVerify()
    {
        var hasher = new PassphraseHasher(FastOptions);

        var first = hasher.Hash("correct horse battery staple");
        var second = hasher.Hash("correct horse battery staple");

        Assert.NotEqual(first, second);
        Assert.True(hasher.Verify("correct horse battery staple", first));
        Assert.False(hasher.Verify("correct horse battery stapler", second));
        Assert.StartsWith("pbkdf2-sha256$1000$", first, StringComparison.Ordinal);
    }

    [Fact]
    public void RegistersOptions_Default_UsesAStrongIterationCount() =>
        Assert.True(new RegistersOptions().PassphraseIterations >= 600_000);

    [Fact]
    public void Generate_CaseCode_NormalizesFromSloppyTyping()
    {
        var code = CaseCode.Generate();

        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", code);
        Assert.Equal(code, CaseCode.Normalize(" " + code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()));
        Assert.Null(CaseCode.Normalize("ABC"));
    }

    [Fact]
    public void Generate_Passphrase_IsLongEnoughAndRandom()
    {
        var one = PassphraseGenerator.Generate();

        Assert.True(one.Length >= PassphraseGenerator.MinimumLength);
        Assert.NotEqual(one, PassphraseGenerator.Generate());
    }

    [Fact]
    public void Seal_OpenedForAnotherReport_Fails()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cb-domain-tests", Guid.NewGuid().ToString("N"));
        var sealer = new IdentitySealer(Options.Create(new RegistersOptions { DataDirectory = folder }));
        var reportId = Guid.NewGuid();

        var sealedBytes = sealer.Seal(new ReporterIdentity("aad", "Name", null), reportId);

        Assert.True(sealer.IsUsingDevelopmentKey);
        Assert.Equal("Name", sealer.Unseal(sealedBytes, reportId).DisplayName);
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => sealer.Unseal(sealedBytes, Guid.NewGuid()));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void IdentitySealer_ConfiguredKey_IsNotTheDevelopmentKey()
    {
        var key = Convert.ToBase64String(new byte[32]);

        var sealer = new IdentitySealer(Options.Create(new RegistersOptions { IdentityEncryptionKey = key }));

        Assert.False(sealer.IsUsingDevelopmentKey);
    }
    // Reg. 23.2: AES-GCM takes a fresh random nonce per seal; the same identity sealed twice never gives the same bytes.
    [Fact]
    public void Seal_SameIdentityTwice_GivesDifferentBytesThatBothOpen()
    {
        var sealer = new IdentitySealer(Options.Create(new RegistersOptions { IdentityEncryptionKey = Convert.ToBase64String(new byte[32]) }));
        var identity = new ReporterIdentity("aad-1", "Dana", null);
        var report = Guid.NewGuid();

        var first = sealer.Seal(identity, report);
        var second = sealer.Seal(identity, report);

        Assert.NotEqual(first.AsSpan(0, 12).ToArray(), second.AsSpan(0, 12).ToArray());
        Assert.Equal(identity, sealer.Unseal(first, report));
        Assert.Equal(identity, sealer.Unseal(second, report));
        Assert.Throws<ArgumentNullException>(() => sealer.Unseal(null!, report));
        var empty = Assert.Throws<System.Security.Cryptography.CryptographicException>(() => sealer.Unseal(sealer.Seal(null!, report), report));
        Assert.Contains("empty", empty.Message, StringComparison.Ordinal);
    }

    // Reg. 23.2: the identity key is AES-256: a well-formed base64 key of another length (AES-128) is refused at start.
    [Fact]
    public void IdentitySealer_KeyOfWrongLength_IsRefusedNamingTheSetting()
    {
        var shortKey = Convert.ToBase64String(new byte[16]);

        Assert.False(IdentityKeyStore.IsValidKey(shortKey));
        var refused = Assert.Throws<InvalidOperationException>(() => new IdentitySealer(Options.Create(new RegistersOptions { IdentityEncryptionKey = shortKey })));
        Assert.Contains("Registers:IdentityEncryptionKey", refused.Message, StringComparison.Ordinal);
    }
}
