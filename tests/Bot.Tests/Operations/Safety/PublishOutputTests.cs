using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using ComplianceBot.Bot.Tests.Manifest;

namespace ComplianceBot.Bot.Tests.Operations.Safety;

/// <summary>
/// appsettings.Development.json turns channel authentication off: it stays beside the build for
/// `dotnet run` and scripts/run.sh, and never reaches a published app (decision 115).
/// </summary>
public sealed class PublishOutputTests
{
    private const string DevelopmentSettings = "appsettings.Development.json";
    private static readonly string Project = Path.Combine(RepositoryPaths.Root, "src", "Bot", "ComplianceBot.Bot.csproj");
    private static readonly string Configuration =
        typeof(PublishOutputTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    [Fact]
    public async Task Publish_BuiltBot_LeavesOutDevelopmentSettings()
    {
        var output = Directory.CreateTempSubdirectory("compliancebot-publish-").FullName;
        try
        {
            // --no-build publishes the build this test run was made from: seconds, not a second build.
            var log = await DotnetAsync("publish", Project, "-c", Configuration, "--no-build", "-nologo", "-o", output);

            Assert.True(File.Exists(Path.Combine(output, "appsettings.json")), "no appsettings.json in the publish output:\n" + log);
            Assert.False(File.Exists(Path.Combine(output, DevelopmentSettings)), DevelopmentSettings + " is in the publish output");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task Build_DevelopmentSettings_AreCopiedBesideTheBuild()
    {
        var json = await DotnetAsync("msbuild", Project, "-nologo", $"-p:Configuration={Configuration}", "-getItem:Content");

        using var items = JsonDocument.Parse(json);
        var content = items.RootElement.GetProperty("Items").GetProperty("Content").EnumerateArray()
            .Single(item => item.GetProperty("Identity").GetString() == DevelopmentSettings);
        Assert.Contains(content.GetProperty("CopyToOutputDirectory").GetString(), new[] { "PreserveNewest", "Always", "IfDifferent" });
    }

    private static async Task<string> DotnetAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await output + await error);
        return await output;
    }
}
