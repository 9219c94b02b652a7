using System.Diagnostics;
using ComplianceBot.Bot.Tests.Manifest;

namespace ComplianceBot.Bot.Tests.Operations;

/// <summary>
/// Compiles and lints infra/*.bicep with the real Bicep CLI (restored from NuGet by
/// infra/check.sh) and checks the parameters file; warnings count as failures. The script also
/// evaluates the template offline (bicep snapshot) with additionalAppSettings that try to set the
/// environment to Development and turn the safety settings off (decision 115).
/// </summary>
public sealed class InfrastructureTemplateTests
{
    [Fact]
    public async Task Check_Templates_CompileWithoutDiagnosticsAndKeepTheirSafetySettings()
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("infra/check.sh");
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await output + await error);
        Assert.Contains("parameters check out", await output, StringComparison.Ordinal);
        Assert.Contains("additionalAppSettings cannot replace the environment or a safety setting", await output, StringComparison.Ordinal);
    }
}
