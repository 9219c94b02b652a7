using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ComplianceBot.Domain.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without a host; the connection is never opened.</summary>
public sealed class SqliteRegistersDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRegistersDbContext>
{
    public SqliteRegistersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRegistersDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef</c> build the SQL Server context without a server; the connection is never opened.</summary>
public sealed class SqlServerRegistersDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerRegistersDbContext>
{
    public SqlServerRegistersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerRegistersDbContext>()
            .UseSqlServer("Server=localhost;Database=ComplianceBot;Integrated Security=true;TrustServerCertificate=true")
            .Options);
}
