using System.Data.Common;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Domain.Tests.Persistence;

/// <summary>Decisions 025 and 027: how every SQLite connection is set up, and pooled contexts starting clean.</summary>
public sealed class SqliteConnectionSettingsTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Open_AnyContext_WalFullSyncABusyTimeoutAndASmallPageCache()
    {
        await using var db = _database.CreateContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal("2", await ScalarAsync(connection, "PRAGMA synchronous"));
        Assert.Equal("30000", await ScalarAsync(connection, "PRAGMA busy_timeout"));
        Assert.Equal("-512", await ScalarAsync(connection, "PRAGMA cache_size"));
    }

    [Fact]
    public async Task AddRegisters_ContextBackInThePool_ForgetsAnAuditItDidNotSave()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Registers"] = _database.ConnectionString,
        }).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddRegisters(configuration).BuildServiceProvider();
        var factory = services.GetRequiredService<IDbContextFactory<RegistersDbContext>>();

        RegistersDbContext first;
        await using (first = await factory.CreateDbContextAsync())
        {
            first.RecordAudit(new PendingAudit("someone", "AbandonedRead", "Report", "1", null, DateTimeOffset.UtcNow));
        }

        await using var second = await factory.CreateDbContextAsync();
        await second.SaveChangesAsync();

        Assert.Same(first, second);
        Assert.Equal(0, await second.AuditEntries.CountAsync(e => e.Action == "AbandonedRead"));
    }

    private static async Task<string?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
