using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ComplianceBot.Domain.Audit;

/// <summary>
/// The keyed digest of one register row version (decision 120): HMAC-SHA256 over its table, key and every column,
/// complex properties included. Register-state columns (a current status, the handler, an answer, a termination date)
/// are covered too: they may change only through the application, which records the row's new digest in the same save
/// (<c>RowUpdated</c>), so the verifier compares each row with the last digest the chain holds for it. Keyed, so a
/// digest neither lets a database reader confirm a guessed value nor lets a writer make a changed row match.
/// </summary>
public static class RegisterRowDigest
{
    private const string Null = "\u2400";

    /// <summary>Whether rows of this entry's type are covered: register rows other than the chain's own entries.</summary>
    public static bool Covers(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Entity is IRegisterRecord and not AuditEntry;
    }

    public static string Table(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Metadata.GetTableName() ?? entry.Metadata.ShortName();
    }

    public static string RowKey(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var key = entry.Metadata.FindPrimaryKey() ?? throw new InvalidOperationException($"{entry.Metadata.ShortName()} has no key");
        return string.Join('/', key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
    }

    public static string Compute(EntityEntry entry, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = new StringBuilder(Table(entry)).Append('\u001e');
        foreach (var property in entry.Properties.OrderBy(p => p.Metadata.Name, StringComparer.Ordinal))
        {
            text.Append(property.Metadata.Name).Append('=').Append(Format(property.CurrentValue)).Append('\u001f');
        }

        foreach (var complex in entry.ComplexProperties.OrderBy(p => p.Metadata.Name, StringComparer.Ordinal))
        {
            AppendComplex(text, complex.Metadata.Name, complex);
        }

        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void AppendComplex(StringBuilder text, string prefix, ComplexPropertyEntry complex)
    {
        foreach (var property in complex.Properties.OrderBy(p => p.Metadata.Name, StringComparer.Ordinal))
        {
            text.Append(prefix).Append('.').Append(property.Metadata.Name).Append('=').Append(Format(property.CurrentValue)).Append('\u001f');
        }

        foreach (var nested in complex.ComplexProperties.OrderBy(p => p.Metadata.Name, StringComparer.Ordinal))
        {
            AppendComplex(text, prefix + "." + nested.Metadata.Name, nested);
        }
    }

    /// <summary>One spelling per value whatever the provider gives back (offsets, decimal scale).</summary>
    private static string Format(object? value) => value switch
    {
        null => Null,
        string s => s,
        DateTimeOffset d => d.UtcTicks.ToString(CultureInfo.InvariantCulture),
        DateTime d => d.Ticks.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.Ticks.ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString("G29", CultureInfo.InvariantCulture),
        byte[] b => Convert.ToBase64String(b),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? Null,
    };
}
