using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ComplianceBot.Bot.Features.Workspace.Registers;

/// <summary>
/// An attestation participant's place in its register's order (department, then id; no department first), written into
/// the "next"/"previous" links as <c>id</c> or <c>id.department</c> (the department base64url-encoded).
/// </summary>
public sealed record DepartmentKey(string? Department, Guid Id)
{
    public override string ToString() => Department is null ? Id.ToString("N")
        : $"{Id:N}.{WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(Department))}";

    public static DepartmentKey? Parse(string? text)
    {
        var parts = text?.Split('.') ?? [];
        if (parts.Length is < 1 or > 2 || !Guid.TryParseExact(parts[0], "N", out var id))
        {
            return null;
        }

        try
        {
            return new DepartmentKey(parts.Length == 2 ? Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(parts[1])) : null, id);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

/// <summary>A participation record's place in its register's order (first day, then id), in the links as <c>yyyyMMdd.id</c>.</summary>
public sealed record DayKey(DateOnly Day, Guid Id)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Day:yyyyMMdd}.{Id:N}");

    public static DayKey? Parse(string? text)
    {
        var parts = text?.Split('.') ?? [];
        return parts.Length == 2 && DateOnly.TryParseExact(parts[0], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && Guid.TryParseExact(parts[1], "N", out var id)
            ? new DayKey(day, id)
            : null;
    }
}
