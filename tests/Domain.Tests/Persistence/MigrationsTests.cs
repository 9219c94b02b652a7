using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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
