using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ComplianceBot.Bench.WorkspaceSeed;

/// <summary>
/// One prepared INSERT for one table, run once per row inside the seed's transaction. In SQLite a prepared statement
/// reused inside one transaction is the fast path (no parsing, no commit per row); multi-row VALUES lists save little
/// more and hit the host-parameter limit. Values are written the way the app's EF Core model stores them on SQLite:
/// <see cref="Guid"/> as upper-case text, instants as UTC ticks (<c>UtcTicksConverter</c>), dates as yyyy-MM-dd,
/// decimals as invariant text, booleans as 0/1, enums by name.
/// </summary>
internal sealed class TableWriter : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public TableWriter(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        Table = table;
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        _parameters = [.. columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), DBNull.Value)))];
        _command.Prepare();
    }

    public string Table { get; }

    public long Rows { get; private set; }

    public void Insert(params object?[] values)
    {
        if (values.Length != _parameters.Length)
        {
            throw new ArgumentException($"{Table}: {values.Length} values for {_parameters.Length} columns", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            _parameters[i].Value = Convert(values[i]);
        }

        _command.ExecuteNonQuery();
        Rows++;
    }

    private static object Convert(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        DateTimeOffset d => d.UtcTicks,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.0###########################", CultureInfo.InvariantCulture),
        bool b => b ? 1L : 0L,
        Enum e => e.ToString(),
        _ => value,
    };

    public void Dispose() => _command.Dispose();
}
