using System.Text;

namespace ComplianceBot.Graph.Tests.Local;

/// <summary>Just enough RFC 5545 reading to check what the local mailbox writes.</summary>
public static class Ics
{
    /// <summary>Raw physical lines; every one must end in CRLF.</summary>
    public static string[] PhysicalLines(string text)
    {
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        return text[..^2].Split("\r\n");
    }

    /// <summary>Content lines after unfolding (RFC 5545 3.1).</summary>
    public static List<string> Unfold(string text) =>
        [.. text.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];

    public static string Unescape(string value) => value
        .Replace("\\n", "\n", StringComparison.Ordinal)
        .Replace("\\,", ",", StringComparison.Ordinal)
        .Replace("\\;", ";", StringComparison.Ordinal)
        .Replace("\\\\", "\\", StringComparison.Ordinal);

    public static string Value(List<string> lines, string name) =>
        lines.Single(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal))
            .Split(':', 2)[1];

    public static int Octets(string line) => Encoding.UTF8.GetByteCount(line);
}
