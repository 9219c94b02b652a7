using System.Globalization;

namespace ComplianceBot.Bot.Features.Workspace.Administration;

/// <summary>The appoint form as posted: strings, so what the officer typed comes back with the message when refused.</summary>
public sealed class AppointForm
{
    public string? Officer { get; set; }
    public string? DecisionNumber { get; set; }
    public string? DecisionDate { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
}

/// <summary>The end-early form as posted.</summary>
public sealed class EndForm
{
    public string? Officer { get; set; }
    public string? From { get; set; }
    public string? Reason { get; set; }
}

internal static class FormDates
{
    public static bool TryParse(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
