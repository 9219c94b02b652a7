using System.Diagnostics;

namespace ComplianceBot.Bot.Tests.Cards;

/// <summary>Runs tools/validate-cards.mjs (Microsoft's adaptivecards npm package) on a directory.</summary>
internal static class CardValidatorTool
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string directory)
    {
        var modules = Path.Combine(RepositoryPaths.Root, "tools", "node_modules", "adaptivecards");
        Assert.True(
            Directory.Exists(modules),
            $"{modules} is missing: run `(cd tools && npm ci)` first (scripts/test.sh does).");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine("tools", "validate-cards.mjs"));
        start.ArgumentList.Add(directory);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
