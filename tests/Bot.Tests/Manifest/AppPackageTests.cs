using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ComplianceBot.Bot.Tests.Manifest;

/// <summary>Builds the package once with the README's command and inspects the zip.</summary>
public sealed class AppPackageFixture : IAsyncLifetime
{
    public const string AppId = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    public const string Domain = "compliancebot.example.kz";

    public string Folder { get; } = Directory.CreateTempSubdirectory("compliancebot-package-").FullName;

    public string ZipPath => Path.Combine(Folder, "app.zip");

    public string Extracted => Path.Combine(Folder, "extracted");

    public NodeResult Result { get; private set; } = new(-1, "", "");

    public async Task InitializeAsync()
    {
        Result = await NodeProcess.RunAsync(["manifest/package.mjs", "--app-id", AppId.ToUpperInvariant(), "--domain", $"https://{Domain}/", "--out", ZipPath]);
        if (Result.ExitCode == 0)
        {
            ZipFile.ExtractToDirectory(ZipPath, Extracted);
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class AppPackageTests(AppPackageFixture package) : IClassFixture<AppPackageFixture>
{
    [Fact]
    public void Package_ValidArguments_ZipHoldsExactlyTheExpectedEntries()
    {
        Assert.Equal(0, package.Result.ExitCode);
        using var zip = ZipFile.OpenRead(package.ZipPath);

        Assert.Equal(["manifest.json", "color.png", "outline.png", "kk.json", "ru.json"], zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void Package_ValidArguments_FillsEveryPlaceholder()
    {
        foreach (var file in new[] { "manifest.json", "kk.json", "ru.json" })
        {
            Assert.DoesNotContain("{{", File.ReadAllText(Path.Combine(package.Extracted, file), Encoding.UTF8), StringComparison.Ordinal);
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(package.Extracted, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal(AppPackageFixture.AppId, root.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal(AppPackageFixture.AppId, root.GetProperty("webApplicationInfo").GetProperty("id").GetString());
        Assert.Equal($"api://{AppPackageFixture.Domain}/{AppPackageFixture.AppId}", root.GetProperty("webApplicationInfo").GetProperty("resource").GetString());
        Assert.Equal([AppPackageFixture.Domain], root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal($"https://{AppPackageFixture.Domain}/privacy", root.GetProperty("developer").GetProperty("privacyUrl").GetString());
        Assert.Equal("1.0.0", root.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Validate_PackagedFolder_PassesManifestAndLocalizationSchemas()
    {
        var result = await NodeProcess.RunAsync([RepositoryPaths.Validator, package.Extracted]);

        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Fact]
    public void Package_Icons_AreTheCommittedFiles()
    {
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.ManifestFolder, icon)), File.ReadAllBytes(Path.Combine(package.Extracted, icon)));
        }
    }
}
