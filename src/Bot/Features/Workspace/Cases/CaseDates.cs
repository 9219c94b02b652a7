using System.Globalization;
using ComplianceBot.Bot.Resources.Workspace;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Workspace.Cases;

/// <summary>
/// A deadline as the officer reads it (decision 140): the date in the page's culture and, while it still binds, how
/// far it is in words — "overdue by 3 days", "due in 5 days" — so colour is never the only signal (WCAG 1.4.1).
/// </summary>
internal static class CaseDates
{
    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>The text, and the CSS class that repeats it in colour ("ws-overdue", "ws-due-soon" or none).</summary>
    public static (string Text, string? Class) Due(IStringLocalizer<CasesStrings> text, DateOnly due, DateOnly today, bool binds)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!binds)
        {
            return (Date(due), null);
        }

        var days = due.DayNumber - today.DayNumber;
        return days switch
        {
            < 0 => (text["Due_Overdue", Date(due), -days].Value, "ws-overdue"),
            0 => (text["Due_Today", Date(due)].Value, "ws-due-soon"),
            _ => (text["Due_InDays", Date(due), days].Value, days <= 2 ? "ws-due-soon" : null),
        };
    }
}
