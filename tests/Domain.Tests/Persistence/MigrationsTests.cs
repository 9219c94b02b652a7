using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Domain.Tests.Persistence;

public sealed class MigrationsTests
{
    private static SqlServerRegistersDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerRegistersDbContext>().UseSqlServer("Server=unused;Database=unused").Options);

    // Production runs on SQL Server: its idempotent migration script creates every table of the model.
    [Fact]
    public void GenerateScript_SqlServerIdempotent_ContainsEveryTable()
    {
        using var db = SqlServerContext();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).Distinct().ToList();
        Assert.True(tables.Count >= 17);
        Assert.All(tables, table => Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal));
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }

    [Fact]
    public void HasPendingModelChanges_SqlServer_MigrationsMatchModel()
    {
        using var db = SqlServerContext();

        Assert.False(db.Database.HasPendingModelChanges());
    }

    // The two tests above are the check; start-up migrations skip it (decision 109), for either provider.
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("SqlServer")]
    public void AddRegisters_AnyProvider_StartupMigrationSkipsThePendingChangesCheck(string provider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Registers:Provider"] = provider,
            ["ConnectionStrings:Registers"] = provider == "Sqlite" ? "Data Source=unused.db" : "Server=unused;Database=unused",
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddRegisters(configuration).BuildServiceProvider();
        using var scope = services.CreateScope();

        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var warnings = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.WarningsConfiguration;

        Assert.Equal(provider == "Sqlite" ? typeof(SqliteRegistersDbContext) : typeof(SqlServerRegistersDbContext), db.GetType());
        Assert.Equal(WarningBehavior.Ignore, warnings.GetBehavior(RelationalEventId.PendingModelChangesWarning));
    }

    [Fact]
    public async Task HasPendingModelChanges_Sqlite_MigrationsMatchModel()
    {
        var database = new TestDatabase();
        await using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Single(db.Database.GetMigrations());
        await database.DisposeAsync();
    }
}
