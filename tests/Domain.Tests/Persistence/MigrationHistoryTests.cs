using System.Collections.Concurrent;
using ComplianceBot.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplianceBot.Domain.Tests.Persistence;

public sealed class MigrationHistoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cb-domain-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task IsUpToDateAsync_NewDatabase_False()
    {
        Directory.CreateDirectory(_folder);
        await using var db = Context(Path.Combine(_folder, "new.db"));

        Assert.False(await MigrationHistory.IsUpToDateAsync(db));
    }

    [Fact]
    public async Task IsUpToDateAsync_EveryMigrationApplied_True()
    {
        var database = new TestDatabase();
        await database.InitializeAsync();
        await using (var db = database.CreateContext())
        {
            Assert.True(await MigrationHistory.IsUpToDateAsync(db));
        }

        await database.DisposeAsync();
    }

    // A database a release behind: the history lacks the newest migration, so the migrator has to run.
    [Fact]
    public async Task IsUpToDateAsync_NewestMigrationMissing_False()
    {
        var database = new TestDatabase();
        await database.InitializeAsync();
        await using (var db = database.CreateContext())
        {
            var newest = db.Database.GetMigrations().Max(StringComparer.Ordinal)!;
            await db.Database.ExecuteSqlAsync($"DELETE FROM __EFMigrationsHistory WHERE MigrationId = {newest}");

            Assert.False(await MigrationHistory.IsUpToDateAsync(db));
        }

        await database.DisposeAsync();
    }

    [Fact]
    public async Task MigrateRegistersIfEnabledAsync_SecondStart_DoesNotStartTheMigrator()
    {
        var events = new ConcurrentQueue<EventId>();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("Registers:DataDirectory", _folder)])
            .Build();
        await using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new EventRecorder(events)))
            .AddRegisters(configuration)
            .BuildServiceProvider();

        await services.MigrateRegistersIfEnabledAsync();
        var first = events.ToArray();
        events.Clear();
        await services.MigrateRegistersIfEnabledAsync();

        Assert.Contains(first, e => e.Id == RelationalEventId.MigrateUsingConnection.Id);
        Assert.DoesNotContain(events, e => e.Id == RelationalEventId.MigrateUsingConnection.Id);
        Assert.DoesNotContain(events, e => e.Id == RelationalEventId.MigrationApplying.Id);
    }

    private static SqliteRegistersDbContext Context(string file) =>
        new(new DbContextOptionsBuilder<SqliteRegistersDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class EventRecorder(ConcurrentQueue<EventId> events) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            events.Enqueue(eventId);

        public void Dispose()
        {
        }
    }
}
