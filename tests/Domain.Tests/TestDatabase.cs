using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests;

/// <summary>A real SQLite file in a temp folder, migrated with the production migrations; deleted afterwards.</summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public TestDatabase()
    {
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cb-domain-tests", Guid.NewGuid().ToString("N"));

    public string FilePath => Path.Combine(Folder, "registers.db");

    public string ConnectionString => $"Data Source={FilePath};Pooling=False;Default Timeout=30";

    /// <summary>
    /// Every byte SQLite keeps for this database: the file and, in WAL mode, the -wal and -shm files
    /// beside it, where committed rows sit until a checkpoint (decision 025).
    /// </summary>
    public async Task<string> ReadAllFilesAsync()
    {
        Assert.True(File.Exists(FilePath), "the database file exists");
        var texts = await Task.WhenAll(Directory.GetFiles(Folder, "registers.db*").Select(f => File.ReadAllBytesAsync(f)));
        return string.Concat(texts.Select(b => System.Text.Encoding.UTF8.GetString(b)));
    }

    /// <summary>The audit chain's key in these tests: outside the database, as in production (decision 120).</summary>
    public static AuditChainKeys ChainKeys { get; } = new("test-1", System.Security.Cryptography.RandomNumberGenerator.GetBytes(AuditChainKeys.KeyBytes));

    public SqliteRegistersDbContext CreateContext() => CreateContext(ChainKeys);

    /// <summary>A context signing with other keys (a rotated key, or an attacker's guess).</summary>
    public SqliteRegistersDbContext CreateContext(AuditChainKeys keys) =>
        new(new DbContextOptionsBuilder<SqliteRegistersDbContext>().UseSqlite(ConnectionString).UseAuditChainKeys(keys).Options);

    /// <summary>A context whose EF Core log events go to <paramref name="logs"/>.</summary>
    public SqliteRegistersDbContext CreateContext(LogCapture logs) =>
        new(new DbContextOptionsBuilder<SqliteRegistersDbContext>().UseSqlite(ConnectionString).UseAuditChainKeys(ChainKeys).UseLoggerFactory(logs.Factory).Options);

    /// <summary>Copies a database migrated once per test run; migrating every test's file would double the run time.</summary>
    public async Task InitializeAsync() => File.Copy(await Template.Value, FilePath);

    private static readonly Lazy<Task<string>> Template = new(async () =>
    {
        var template = new TestDatabase();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => _ = template.DisposeAsync();
        await using var db = template.CreateContext();
        await db.Database.MigrateAsync();
        return template.FilePath;
    });

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return Task.CompletedTask;
    }
}
