using System.Security.Cryptography;
using System.Text;

namespace ComplianceBot.Graph.Local;

/// <summary>File names from untrusted text: a small ASCII alphabet, bounded length, never a path.</summary>
internal static class SafeFileName
{
    private const int MaxLength = 80;

    public static string From(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@' ? c : '_');
            if (builder.Length == MaxLength)
            {
                break;
            }
        }

        var name = builder.ToString().Trim('.');
        return name.Length == 0 ? "_" : name;
    }

    /// <summary>A stable short id for a key, e.g. the outbox idempotency key.</summary>
    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20];
}
