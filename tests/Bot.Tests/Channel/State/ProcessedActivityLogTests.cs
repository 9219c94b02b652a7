using System.Data.Common;
using ComplianceBot.Bot.Channel.State;
using ComplianceBot.Bot.Tests.Integration;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Conversations;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplianceBot.Bot.Tests.Channel.State;

/// <summary>Group commit of inbound activity ids (decision 026): each answer only once its row is committed.</summary>
public sealed class ProcessedActivityLogTests : IAsyncLifetime
{
    private readonly RegistersTestServices _registers = new();

    private Contexts Database => new(_registers);

    public async Task InitializeAsync() => await _registers.MigrateAsync();

    public async Task DisposeAsync() => await _registers.DisposeAsync();

    private ProcessedActivityLog Log() => new(Database, _registers.Time);

    [Fact]
    public async Task TryAddAsync_ManyAtOnce_AllNewAndEachStoredWhenItsTaskCompletes()
    {
        var log = Log();
        var ids = Enumerable.Range(0, 300).Select(i => "a-" + i).ToList();

        var results = await Task.WhenAll(ids.Select(async id =>
        {
            var added = await log.TryAddAsync("msteams", id);
            // Read back through SQLite on another connection: the row is there the moment the task completes.
            await using var db = Database.CreateDbContext();
            return (added, stored: await db.ProcessedActivities.AnyAsync(p => p.ActivityId == id));
        }));

        Assert.All(results, r => Assert.Equal((true, true), r));
        await using var check = Database.CreateDbContext();
        Assert.Equal(300, await check.ProcessedActivities.CountAsync());
    }

    [Fact]
    public async Task TryAddAsync_RowsWrittenByTheBatchStatement_ReadBackAsEfWroteThem()
    {
        var log = Log();
        var receivedAt = _registers.Time.GetUtcNow();

        Assert.True(await log.TryAddAsync("msteams", "batch-row"));
        await using (var db = Database.CreateDbContext())
        {
            db.ProcessedActivities.Add(ProcessedActivity.Create("msteams", "ef-row", receivedAt));
            await db.SaveChangesAsync();
        }

        // Same value conversion (UTC ticks on SQLite) for both: the janitor's date filter treats them alike.
        await using var check = Database.CreateDbContext();
        var rows = await check.ProcessedActivities.AsNoTracking().OrderBy(p => p.ActivityId).ToListAsync();
        Assert.Equal(["batch-row", "ef-row"], rows.Select(r => r.ActivityId));
        Assert.All(rows, r => Assert.Equal(receivedAt, r.ReceivedAt));
        Assert.Equal(2, await check.ProcessedActivities.CountAsync(p => p.ReceivedAt <= receivedAt && p.ReceivedAt >= receivedAt));
    }

    [Fact]
    public async Task TryAddAsync_SameIdConcurrently_ExactlyOneIsNew()
    {
        var log = Log();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => log.TryAddAsync("msteams", "twice"))));

        Assert.Single(results, r => r);
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.ProcessedActivities.CountAsync(p => p.ActivityId == "twice"));
    }

    [Fact]
    public async Task TryAddAsync_RedeliveryBatchedWithNewIds_OnlyTheRedeliveryIsRefused()
    {
        var log = Log();
        Assert.True(await log.TryAddAsync("msteams", "seen"));

        var results = await Task.WhenAll(new[] { "new-1", "seen", "new-2" }.Select(id => log.TryAddAsync("msteams", id)));

        Assert.Equal([true, false, true], results);
        await using var db = Database.CreateDbContext();
        Assert.Equal(3, await db.ProcessedActivities.CountAsync());
    }

    [Fact]
    public async Task TryAddAsync_BatchWithNewAndStoredIds_StoredOnesAreDuplicatesWithoutAnExceptionOrErrorLog()
    {
        using var logs = new LogRecorder();
        var log = new ProcessedActivityLog(new Contexts(_registers, logs), _registers.Time);
        Assert.True(await log.TryAddAsync("msteams", "seen-1"));
        Assert.True(await log.TryAddAsync("msteams", "seen-2"));
        string[] ids = ["new-1", "seen-1", "new-2", "seen-2", "new-3", "seen-1"];

        bool[] results;
        using (var thrown = new ThrownExceptions())
        {
            results = await Task.WhenAll(ids.Select(id => log.TryAddAsync("msteams", id)));
            Assert.Empty(thrown.All.OfType<DbException>());
        }

        Assert.Equal([true, false, true, false, true, false], results);
        Assert.Empty(logs.AtLeast(LogLevel.Warning));
        await using var db = Database.CreateDbContext();
        Assert.Equal(["new-1", "new-2", "new-3", "seen-1", "seen-2"], await db.ProcessedActivities.OrderBy(p => p.ActivityId).Select(p => p.ActivityId).ToListAsync());
    }

    [Fact]
    public async Task TryAddAsync_DatabaseFails_TheCallerSeesTheErrorAndTheLogKeepsWorking()
    {
        var contexts = new Contexts(_registers);
        var log = new ProcessedActivityLog(contexts, _registers.Time);
        contexts.Broken = true;

        await Assert.ThrowsAnyAsync<Exception>(() => log.TryAddAsync("msteams", "lost"));
        contexts.Broken = false;

        Assert.True(await log.TryAddAsync("msteams", "lost"));
    }

    /// <summary>New contexts on the test's register file, as the pooled factory gives them; broken on demand, or logging to a recorder.</summary>
    private sealed class Contexts(RegistersTestServices registers, LogRecorder? logs = null) : IDbContextFactory<RegistersDbContext>
    {
        public bool Broken { get; set; }

        public RegistersDbContext CreateDbContext()
        {
            var path = Broken ? Path.Combine(Path.GetDirectoryName(registers.DatabasePath)!, "missing", "none.db") : registers.DatabasePath;
            var options = new DbContextOptionsBuilder<SqliteRegistersDbContext>()
                .UseSqlite($"Data Source={path};Mode=ReadWrite;Default Timeout=30")
                .UseAuditChainKeys(registers.Provider.GetRequiredService<AuditChainKeys>());
            if (logs is not null)
            {
                options.UseLoggerFactory(LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs)));
            }

            return new SqliteRegistersDbContext(options.Options);
        }
    }
}
