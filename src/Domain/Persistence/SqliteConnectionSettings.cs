using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
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
/// <item>cache_size of 512 KiB per connection instead of SQLite's 2 MiB (decision 109): the pool keeps
/// five or six connections, each filled its page cache as the register grew, while the operating
/// system caches the same file pages once for all of them.</item>
/// </list>
/// EF Core opens and closes its connection around every query, and Microsoft.Data.Sqlite hands back
/// the same pooled database handle each time: the settings are applied once per handle, not on each
/// logical open (the /api/messages hot path opens several times per message).
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; PRAGMA cache_size=-512;";

    public static SqliteConnectionSettings Instance { get; } = new();

    private static readonly ConditionalWeakTable<object, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!IsConfigured(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            MarkConfigured(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!IsConfigured(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            MarkConfigured(connection);
        }
    }

    private static bool IsConfigured(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && Configured.TryGetValue(handle, out _);

    private static void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Configured.AddOrUpdate(handle, Configured);
        }
    }
}
