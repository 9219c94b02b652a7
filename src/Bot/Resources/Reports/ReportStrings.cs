namespace ComplianceBot.Bot.Resources.Reports;

/// <summary>
/// Marker type for the confidential channel's texts (ReportStrings.resx, .ru.resx, .kk.resx), read through
/// <c>IStringLocalizer&lt;ReportStrings&gt;</c>. Kept apart from BotStrings so each area owns its own file.
/// </summary>
public sealed class ReportStrings
{
    private ReportStrings()
    {
    }
}
