using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Persistence;

/// <summary>The registers on SQLite, the embedded default; migrations in Persistence/Migrations/Sqlite.</summary>
public sealed class SqliteRegistersDbContext(DbContextOptions<SqliteRegistersDbContext> options) : RegistersDbContext(options)
{
    private const int ConstraintViolation = 19;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        base.OnConfiguring(optionsBuilder);
        AddInterceptorOnce(optionsBuilder, SqliteConnectionSettings.Instance);
    }

    protected internal override bool IsWriteConflict(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException
        || exception.InnerException is SqliteException { SqliteErrorCode: ConstraintViolation };

    /// <summary>
    /// SQLite cannot compare or order DateTimeOffset text, so instants are stored as UTC ticks
    /// (exact, sortable); values read back are in UTC.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
