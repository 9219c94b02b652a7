using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplianceBot.Domain.Conversations;

/// <summary>
/// The group commit's write (decision 108): one multi-row INSERT instead of change tracking and
/// SaveChanges, which was a sixth of the bot's CPU per message in the benchmark profile. Table,
/// columns, quoting and value conversions (UTC ticks on SQLite) all come from the EF model, so
/// the rows are exactly what SaveChanges would have written, on either provider. One statement
/// is atomic: a duplicate key fails the whole batch with a <see cref="DbException"/> and nothing
/// of it is stored.
/// </summary>
internal static class ProcessedActivityInsert
{
    // Read from the model once per model (one per provider), not on every batch of the hot path.
    private static readonly ConditionalWeakTable<IModel, Shape> Shapes = [];

    public static async Task InsertAsync(RegistersDbContext db, IReadOnlyList<ProcessedActivity> rows)
    {
        var shape = Shapes.GetValue(db.Model, _ => Shape.Of(db));
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            var text = new StringBuilder(shape.Prefix);
            for (var row = 0; row < rows.Count; row++)
            {
                object[] values = [rows[row].ChannelId, rows[row].ActivityId, rows[row].ReceivedAt];
                text.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < values.Length; column++)
                {
                    var name = $"p{row}_{column}";
                    command.Parameters.Add(shape.Mappings[column].CreateParameter(
                        command, shape.Sql.GenerateParameterName(name), values[column], nullable: false));
                    text.Append(column == 0 ? "" : ", ").Append(shape.Sql.GenerateParameterNamePlaceholder(name));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>"INSERT INTO table (channel, activity, received) VALUES " and the columns' type mappings, in that order.</summary>
    private sealed record Shape(string Prefix, RelationalTypeMapping[] Mappings, ISqlGenerationHelper Sql)
    {
        public static Shape Of(RegistersDbContext db)
        {
            var entity = db.Model.FindEntityType(typeof(ProcessedActivity))
                ?? throw new InvalidOperationException("ProcessedActivity is not in the model.");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            IProperty[] columns =
            [
                entity.FindProperty(nameof(ProcessedActivity.ChannelId))!,
                entity.FindProperty(nameof(ProcessedActivity.ActivityId))!,
                entity.FindProperty(nameof(ProcessedActivity.ReceivedAt))!,
            ];
            var sql = db.GetService<ISqlGenerationHelper>();
            var prefix = new StringBuilder("INSERT INTO ")
                .Append(sql.DelimitIdentifier(table.Name, table.Schema))
                .Append(" (")
                .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))
                .Append(") VALUES ")
                .ToString();
            return new Shape(prefix, [.. columns.Select(c => c.GetRelationalTypeMapping())], sql);
        }
    }
}
