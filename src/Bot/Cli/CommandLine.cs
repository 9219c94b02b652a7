namespace ComplianceBot.Bot.Cli;

/// <summary>Administrative commands run instead of the web host (<c>cards export DIR</c>, <c>officers appoint</c>, <c>officers list</c>, <c>audit verify</c>).</summary>
internal static class CommandLine
{
    private const string Usage = "usage: ComplianceBot.Bot cards export <directory> [--hostile-samples] | officers appoint ... | officers list | officers end ID --reason ... | audit verify";

    /// <summary>Sample user texts carry Markdown and links, to see that every card shows them as plain text (decision 121).</summary>
    public const string HostileSamples = "--hostile-samples";

    /// <summary>Runs the command in <paramref name="args"/> if it is one; false lets the web host start.</summary>
    public static async Task<bool> TryRunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["officers", "appoint" or "list" or "end", ..])
        {
            Environment.ExitCode = await OfficerCommands.RunAsync(args, Console.Out, Console.Error);
            return true;
        }

        if (args is ["audit", ..])
        {
            Environment.ExitCode = await AuditCommands.RunAsync(args, Console.Out, Console.Error);
            return true;
        }

        if (args.Length == 0 || args[0] != "cards")
        {
            return false;
        }

        if (args is not [_, "export", var directory, .. var rest] || rest is not ([] or [HostileSamples]))
        {
            await Console.Error.WriteLineAsync(Usage);
            Environment.ExitCode = 2;
            return true;
        }

        using var hostile = rest.Length == 1 ? Domain.Samples.SampleText.Hostile() : null;
        var written = await CardExport.RunAsync(directory, CancellationToken.None);
        Console.WriteLine($"Wrote {written.Count} card files to {Path.GetFullPath(directory)}");
        return true;
    }
}
