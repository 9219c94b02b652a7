using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Persistence;

/// <summary>The registers on SQL Server / Azure SQL (production); migrations in Persistence/Migrations/SqlServer.</summary>
public sealed class SqlServerRegistersDbContext(DbContextOptions<SqlServerRegistersDbContext> options) : RegistersDbContext(options)
{
    private static readonly int[] UniqueViolations = [2601, 2627];

    protected internal override bool IsWriteConflict(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException
        || (exception.InnerException is SqlException sql && UniqueViolations.Contains(sql.Number));
}
