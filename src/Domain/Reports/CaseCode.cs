using System.Security.Cryptography;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// A report's follow-up code: 12 random Crockford base-32 characters (60 bits) in groups of four,
/// so it can be read aloud and typed, and cannot be guessed or derived from the report.
/// </summary>
public static class CaseCode
{
    public const int Length = 14;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Generate()
    {
        Span<char> chars = stackalloc char[12];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"{chars[..4]}-{chars[4..8]}-{chars[8..]}";
    }

    /// <summary>Accepts what a person types: any case, spaces or no dashes, O for 0 and I/L for 1.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var chars = input.ToUpperInvariant()
            .Where(c => c is not ('-' or ' '))
            .Select(c => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c })
            .ToArray();
        return chars.Length == 12 && chars.All(c => Alphabet.Contains(c, StringComparison.Ordinal))
            ? $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}-{new string(chars, 8, 4)}"
            : null;
    }
}
