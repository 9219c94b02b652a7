namespace ComplianceBot.Domain.Reports;

/// <summary>
/// How the director's notices, cards, digest and view name a report (decision 119). Register numbers are one
/// sequence, so the director's notices for R-…-0001 and R-…-0003 would reveal that R-…-0002 exists and never reached
/// them — a report that implicates the director (Reg. 29). The director sees instead a reference taken from the
/// report's random id: stable across that report's notices, without order and so without gaps. The officer's case
/// card shows it beside the number.
/// </summary>
public static class DirectorReference
{
    public static string For(Guid reportId)
    {
        // Stryker disable once String : equivalent — the default format "D" has its first hyphen at index 8, and only hex[..8] is used
        var hex = reportId.ToString("N").ToUpperInvariant();
        return $"{hex[..4]}-{hex[4..8]}";
    }
}
