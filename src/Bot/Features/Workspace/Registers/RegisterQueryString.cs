using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace ComplianceBot.Bot.Features.Workspace.Registers;

/// <summary>
/// A register page's GET parameters read and written the same way on every register (decision 145): blank means
/// absent, malformed means "any", dates are <c>yyyy-MM-dd</c>, texts are cut to <see cref="TextMaxLength"/>.
/// </summary>
public sealed class RegisterQueryString(IReadOnlyDictionary<string, string?> values)
{
    public const int TextMaxLength = 100;

    public static RegisterQueryString Of(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> values) =>
        new(values.ToDictionary(v => v.Key, v => (string?)v.Value.ToString(), StringComparer.Ordinal));

    public string? Text(string name)
    {
        var value = values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        return value is null ? null : value[..Math.Min(value.Length, TextMaxLength)];
    }

    public DateOnly? Date(string name) =>
        DateOnly.TryParseExact(Text(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public TEnum? Enum<TEnum>(string name)
        where TEnum : struct, System.Enum =>
        System.Enum.TryParse<TEnum>(Text(name), out var value) && System.Enum.IsDefined(value) ? value : null;

    public bool Descending => Text("sort") == "desc";

    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A link to <paramref name="path"/> with the non-empty <paramref name="fields"/>.</summary>
    public static string Link(string path, IEnumerable<(string Name, string? Value)> fields) =>
        QueryHelpers.AddQueryString(path, fields.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => new KeyValuePair<string, string?>(f.Name, f.Value)));
}
