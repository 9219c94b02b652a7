using System.Diagnostics;

namespace ComplianceBot.Bot.Tests.Manifest;

public sealed record NodeResult(int ExitCode, string Output, string Error);

/// <summary>Runs a Node script from the repository, as the README's commands do.</summary>
internal static class NodeProcess
{
    public static async Task<NodeResult> RunAsync(IEnumerable<string> arguments, IDictionary<string, string?>? environment = null)
    {
        if (!Directory.Exists(Path.Combine(RepositoryPaths.Root, "tools", "node_modules", "ajv")))
        {
            throw new InvalidOperationException("tools/node_modules is missing: run (cd tools && npm ci) first, as scripts/test.sh does.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new NodeResult(process.ExitCode, await output, await error);
    }
}
