namespace ComplianceBot.Domain.Investigations;

/// <summary>
/// Names of units and processes are compared case- and space-insensitively, so "Procurement " and
/// "procurement" are one process when the recusal rules look for overlaps.
/// </summary>
public static class ProcessKey
{
    public const int MaxLength = 500;

    public static string Normalize(string process) =>
        string.Join(' ', Guard.Text(process, MaxLength, "process").Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
