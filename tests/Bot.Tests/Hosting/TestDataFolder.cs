using Microsoft.Data.Sqlite;

namespace ComplianceBot.Bot.Tests.Hosting;

/// <summary>
/// A fresh temp folder for one test's registers (its SQLite file, mailbox, audit heads). Disposing drops SQLite's
/// pooled connections first, so the file is no longer held open, then deletes the folder; a file a slow machine still
/// holds is left in the temp folder rather than failing the test.
/// </summary>
public sealed class TestDataFolder : IDisposable
{
    public TestDataFolder(string prefix = "cb-bot-tests")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The registers' SQLite file under <see cref="Path"/> (its default name).</summary>
    public string DatabaseFile => System.IO.Path.Combine(Path, "registers.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Already gone, or a file still held open on a slow machine: left for the OS to clean.
        }
    }
}
