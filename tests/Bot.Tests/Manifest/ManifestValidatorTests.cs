using System.Text.Json.Nodes;

namespace ComplianceBot.Bot.Tests.Manifest;

/// <summary>The validator must be able to fail, or the package test proves nothing.</summary>
public sealed class ManifestValidatorTests(AppPackageFixture package) : IClassFixture<AppPackageFixture>, IDisposable
{
    private readonly string copy = Directory.CreateTempSubdirectory("compliancebot-invalid-").FullName;

    private async Task<NodeResult> ValidateAfter(string file, Action<JsonObject> change)
    {
        foreach (var source in Directory.GetFiles(package.Extracted))
        {
            File.Copy(source, Path.Combine(copy, Path.GetFileName(source)));
        }

        var path = Path.Combine(copy, file);
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(json);
        File.WriteAllText(path, json.ToJsonString());
        return await NodeProcess.RunAsync([RepositoryPaths.Validator, copy]);
    }

    [Fact]
    public async Task Validate_LocalizationNameTooLong_FailsNamingTheFile()
    {
        var result = await ValidateAfter("kk.json", json => json["name.short"] = new string('қ', 31));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("kk.json: /name.short", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ManifestBotIdNotAGuid_Fails()
    {
        var result = await ValidateAfter("manifest.json", json => json["bots"]![0]!["botId"] = "not-a-guid");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/bots/0/botId", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_TemplateFolder_ReportsUnfilledPlaceholders()
    {
        var result = await NodeProcess.RunAsync([RepositoryPaths.Validator, RepositoryPaths.ManifestFolder]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("{{BOT_APP_ID}}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_MissingAppId_ExitsNonZeroNamingTheSetting()
    {
        var result = await NodeProcess.RunAsync(
            ["manifest/package.mjs", "--domain", "compliancebot.example.kz", "--out", Path.Combine(copy, "x.zip")],
            new Dictionary<string, string?> { ["BOT_APP_ID"] = null, ["Teams__AppId"] = null });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--app-id", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(copy, "x.zip")));
    }

    [Fact]
    public async Task Package_ValuesFromEnvironment_BuildsThePackage()
    {
        var zip = Path.Combine(copy, "env.zip");
        var result = await NodeProcess.RunAsync(
            ["manifest/package.mjs", "--out", zip],
            new Dictionary<string, string?> { ["Teams__AppId"] = AppPackageFixture.AppId, ["BOT_DOMAIN"] = "bot.example.kz" });

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(File.Exists(zip));
    }

    public void Dispose() => Directory.Delete(copy, recursive: true);
}
