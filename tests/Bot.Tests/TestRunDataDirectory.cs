using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ComplianceBot.Bot.Tests;

/// <summary>
/// Hosts started by the tests without a data folder (or mailbox folder) of their own share one fresh
/// folder per test run, never the bin folder's or the source tree's App_Data: a database left by an earlier run (older migrations)
/// must not decide this run's outcome.
/// </summary>
internal static class TestRunDataDirectory
{
    public static string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cb-bot-tests-" + Guid.NewGuid().ToString("N"));

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "A test assembly sets its hosts' default data folder once, before any test runs.")]
    internal static void Initialize()
    {
        if (Environment.GetEnvironmentVariable("Registers__DataDirectory") is null)
        {
            Environment.SetEnvironmentVariable("Registers__DataDirectory", Path);
        }

        // The local mailbox's default is relative to the host's content root (src/Bot for web hosts):
        // mails a test host writes belong in the run's folder, not in the source tree.
        if (Environment.GetEnvironmentVariable("Graph__LocalMailboxPath") is null)
        {
            Environment.SetEnvironmentVariable("Graph__LocalMailboxPath", System.IO.Path.Combine(Path, "mailbox"));
        }
    }
}
