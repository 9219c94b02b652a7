using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplianceBot.Domain.Persistence;

/// <summary>
/// Whether the database already records every migration of this build, read with one query on the migrations
/// history table (decision 111). EF Core's migrator answers the same question only after building a model of that
/// table with the provider's whole convention set, about 3 MB of type data and code the process keeps; so start-up
/// asks here first and runs the migrator only for a database that needs it (a new one, or one a release behind).
/// </summary>
public static class MigrationHistory
{
    public static async Task<bool> IsUpToDateAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var relational = RelationalOptionsExtension.Extract(context.GetService<IDbContextOptions>());
        var table = context.GetService<ISqlGenerationHelper>().DelimitIdentifier(
            relational.MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName, relational.MigrationsHistoryTableSchema);

        var applied = new HashSet<string>(StringComparer.Ordinal);
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = context.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT MigrationId FROM {table}";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }
        catch (DbException)
        {
            // No history table: a database nothing was applied to yet. Any other fault the migrator meets again and reports.
            return false;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }

        return context.Database.GetMigrations().All(applied.Contains);
    }
}
