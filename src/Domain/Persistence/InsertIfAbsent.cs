using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplianceBot.Domain.Persistence;

/// <summary>
/// One statement that inserts those of its rows whose primary key is not stored yet and returns the
/// keys it inserted (decision 113): SQLite <c>INSERT … ON CONFLICT (key) DO NOTHING RETURNING key</c>,
/// SQL Server <c>MERGE … WITH (HOLDLOCK) … WHEN NOT MATCHED THEN INSERT … OUTPUT inserted.key</c>. A
/// stored key is an answer, not an error: nothing throws, nothing is logged, and the other rows of
/// the statement are stored. Table, columns, quoting and value conversions (UTC ticks on SQLite) come
/// from the EF model, so a row is exactly what SaveChanges would have written (decision 108). It is
/// a raw command: no change tracking, interceptors or audit, so it is only for rows outside the
/// registers' audit chain.
/// </summary>
internal sealed class InsertIfAbsent
{
    /// <summary>SQL Server refuses a command with more than 2,100 parameters.</summary>
    public const int MaxParameters = 2_000;

    // Read from the model once per entity type of each model (one model per provider), not per statement.
    private static readonly ConditionalWeakTable<IEntityType, InsertIfAbsent> Statements = [];

    private readonly IProperty[] _columns;
    private readonly RelationalTypeMapping[] _mappings;
    private readonly int[] _keyColumns;
    private readonly ISqlGenerationHelper _sql;
    private readonly string _head;
    private readonly string _tail;

    private InsertIfAbsent(IEntityType entity, ISqlGenerationHelper sql, bool sqlServer)
    {
        if (entity.GetProperties().FirstOrDefault(p => p.IsShadowProperty() || p.ValueGenerated != ValueGenerated.Never) is { } unsupported)
        {
            throw new NotSupportedException($"{entity.DisplayName()}.{unsupported.Name} is not a plain column: write it through SaveChanges.");
        }

        _columns = [.. entity.GetProperties()];
        _mappings = [.. _columns.Select(c => c.GetRelationalTypeMapping())];
        var key = entity.FindPrimaryKey()!.Properties;
        _keyColumns = [.. key.Select(k => Array.IndexOf(_columns, k))];
        if (_keyColumns.Any(k => (_mappings[k].Converter?.ProviderClrType ?? _mappings[k].ClrType) != typeof(string)))
        {
            throw new NotSupportedException($"{entity.DisplayName()}'s key is not text: its keys are read back as strings.");
        }

        _sql = sql;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var names = _columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)).ToArray();
        var keys = _keyColumns.Select(k => names[k]).ToArray();
        var target = sql.DelimitIdentifier(table.Name, table.Schema);
        (_head, _tail) = sqlServer ? SqlServer(target, names, keys) : Sqlite(target, names, keys);
    }

    /// <summary>The statement for <typeparamref name="TEntity"/> in <paramref name="db"/>'s provider.</summary>
    public static InsertIfAbsent For<TEntity>(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        return Statements.GetValue(entity, e => new InsertIfAbsent(e, db.GetService<ISqlGenerationHelper>(), IsSqlServer(db)));
    }

    /// <summary>The statement's text for <paramref name="rows"/> rows; the parameters are @p{row}_{column}.</summary>
    public string CommandText(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        var text = new StringBuilder(_head);
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < _columns.Length; column++)
            {
                text.Append(column == 0 ? "" : ", ").Append(_sql.GenerateParameterNamePlaceholder(ParameterName(row, column)));
            }

            text.Append(')');
        }

        return text.Append(_tail).ToString();
    }

    /// <summary>
    /// Inserts each row unless its key is stored; <c>true</c> at a row's index when this statement
    /// stored it. The rows' keys must differ: SQL Server would try to insert both copies of one.
    /// </summary>
    public async Task<bool[]> ExecuteAsync<TEntity>(DbContext db, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rows.Count * _columns.Length, MaxParameters, nameof(rows));
        var pending = new Dictionary<string[], int>(rows.Count, KeyComparer.Instance);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            for (var row = 0; row < rows.Count; row++)
            {
                if (!pending.TryAdd(KeyOf(rows[row]), row))
                {
                    throw new ArgumentException("Two rows have the same key.", nameof(rows));
                }

                for (var column = 0; column < _columns.Length; column++)
                {
                    // The mapping applies the column's value converter, as SaveChanges would.
                    command.Parameters.Add(_mappings[column].CreateParameter(
                        command, _sql.GenerateParameterName(ParameterName(row, column)), ValueOf(rows[row], column), _columns[column].IsNullable));
                }
            }

            command.CommandText = CommandText(rows.Count);
            var inserted = new bool[rows.Count];
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                inserted[pending[ReadKey(reader)]] = true;
            }

            return inserted;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string ParameterName(int row, int column) => $"p{row}_{column}";

    private object? ValueOf(object row, int column) => _columns[column].GetGetter().GetClrValueUsingContainingEntity(row);

    // As stored: the key columns' values after their converters, the form RETURNING and OUTPUT give back.
    private string[] KeyOf(object row)
    {
        var key = new string[_keyColumns.Length];
        for (var i = 0; i < key.Length; i++)
        {
            var value = ValueOf(row, _keyColumns[i]);
            key[i] = (string)(_mappings[_keyColumns[i]].Converter is { } converter ? converter.ConvertToProvider(value) : value)!;
        }

        return key;
    }

    private string[] ReadKey(DbDataReader reader)
    {
        var key = new string[_keyColumns.Length];
        for (var i = 0; i < key.Length; i++)
        {
            key[i] = reader.GetString(i);
        }

        return key;
    }

    private static bool IsSqlServer(DbContext db) =>
        db.Database.IsSqlServer() ? true
        : db.Database.IsSqlite() ? false
        : throw new NotSupportedException($"No insert-if-absent statement for {db.Database.ProviderName}.");

    // A clash on another unique index is still an error: only the primary key means "already there".
    private static (string Head, string Tail) Sqlite(string table, string[] columns, string[] keys) =>
        ($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ",
         $" ON CONFLICT ({string.Join(", ", keys)}) DO NOTHING RETURNING {string.Join(", ", keys)}");

    // HOLDLOCK: without it two MERGEs can both find the key absent and the second fails on the unique key.
    private static (string Head, string Tail) SqlServer(string table, string[] columns, string[] keys) =>
        ($"MERGE INTO {table} WITH (HOLDLOCK) AS [t] USING (VALUES ",
         $") AS [s] ({string.Join(", ", columns)}) ON {string.Join(" AND ", keys.Select(k => $"[t].{k} = [s].{k}"))}"
         + $" WHEN NOT MATCHED THEN INSERT ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => $"[s].{c}"))})"
         + $" OUTPUT inserted.{string.Join(", inserted.", keys)};");

    private sealed class KeyComparer : IEqualityComparer<string[]>
    {
        public static KeyComparer Instance { get; } = new();

        public bool Equals(string[]? x, string[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(string[] obj)
        {
            var hash = new HashCode();
            foreach (var part in obj)
            {
                hash.Add(part, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}
