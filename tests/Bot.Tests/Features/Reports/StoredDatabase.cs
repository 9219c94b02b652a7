using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ComplianceBot.Bot.Tests.Features.Reports;

/// <summary>One stored cell, read as SQLite keeps it (no EF conversion).</summary>
internal sealed record StoredCell(string Table, string Column, long Row, object Value);

/// <summary>
/// Reads a stopped host's SQLite file the way a database administrator or a backup holder would: every table, every
/// column, as stored. The confidentiality tests look in it for ids, digests of ids and shared timestamps (Reg. 23.2).
/// </summary>
internal static class StoredDatabase
{
    /// <summary>The prefixes the code has ever put before an id it hashed (decision 092, before decision 117).</summary>
    public static readonly string[] DigestPrefixes = ["", "ComplianceBot.FollowUp|requester|", "ComplianceBot.FollowUp|case|"];

    public static List<StoredCell> ReadAll(string file)
    {
        var cells = new List<StoredCell>();
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        foreach (var table in Tables(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            var rowId = 0L;
            while (reader.Read())
            {
                rowId++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i))
                    {
                        cells.Add(new StoredCell(table, reader.GetName(i), rowId, reader.GetValue(i)));
                    }
                }
            }
        }

        return cells;
    }

    /// <summary>
    /// SHA-256 of each value under each prefix, as upper and lower hex and base64: what a reader could compute from
    /// stored data to recognise a digest key.
    /// </summary>
    public static IEnumerable<(string Source, string Digest)> Digests(IEnumerable<string> values)
    {
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            foreach (var prefix in DigestPrefixes)
            {
                foreach (var variant in new[] { value, value.Trim(), value.Trim().ToUpperInvariant() }.Distinct(StringComparer.Ordinal))
                {
                    var digest = SHA256.HashData(Encoding.UTF8.GetBytes(prefix + variant));
                    yield return ($"{prefix}{variant}", Convert.ToHexString(digest));
                    yield return ($"{prefix}{variant}", Convert.ToHexStringLower(digest));
                    yield return ($"{prefix}{variant}", Convert.ToBase64String(digest));
                }
            }
        }
    }

    /// <summary>Whether <paramref name="needle"/> is in the bytes as UTF-8 or UTF-16.</summary>
    public static bool Contains(byte[] bytes, string needle) =>
        bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0 || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(needle)) >= 0;

    /// <summary>Ticks of an instant as stored (UtcTicksConverter): the integers large enough to be one.</summary>
    public static bool LooksLikeInstant(object value) => value is long ticks && ticks > new DateTime(2000, 1, 1).Ticks;

    private static List<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
