using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplianceBot.Domain.Persistence;

/// <summary>
/// Settings every SQLite connection gets when it opens (decision 025):
/// <list type="bullet">
/// <item>WAL, so readers never wait for a writer (in the default rollback journal a commit locks
/// readers out). It is stored in the file; setting it again is a no-op.</item>
/// <item>synchronous=FULL, kept on purpose: in WAL it syncs the log on every commit, so an
/// acknowledged filing survives a power cut, not only a process crash (design.md, decision 5).</item>
/// <item>busy_timeout, so a writer that finds the database locked waits in SQLite's own short
/// steps (1 ms, 2 ms, 5 ms …) instead of Microsoft.Data.Sqlite's fixed 150 ms Thread.Sleep
/// retries, which stalled whole requests on a busy moment. 30 s: Microsoft.Data.Sqlite's default
/// command timeout.</item>
/// </list>
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";

    public static SqliteConnectionSettings Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
