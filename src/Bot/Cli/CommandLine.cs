namespace ComplianceBot.Bot.Cli;

/// <summary>Administrative commands run instead of the web host (e.g. <c>cards export DIR</c>).</summary>
internal static class CommandLine
{
    public static Task<bool> TryRunAsync(string[] args) => Task.FromResult(false);
}
