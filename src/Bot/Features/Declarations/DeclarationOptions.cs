using System.ComponentModel.DataAnnotations;
using ComplianceBot.Domain.Gifts;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>
/// Settings under <c>Declarations</c>. Thresholds and deadlines are configuration, approved by the
/// director, not code (Reg. 10); see docs/decisions/070.
/// </summary>
public sealed class DeclarationOptions
{
    public const string SectionName = "Declarations";

    /// <summary>Working days (Monday–Friday, organisation's time zone) the officer has to review a declaration.</summary>
    [Range(1, 60, ErrorMessage = "Declarations:ReviewWorkingDays must be between 1 and 60.")]
    public int ReviewWorkingDays { get; set; } = 10;

    /// <summary>A gift worth more than this many monthly calculation indices (MCI) is handed over (the rule: <see cref="GiftHandOverThreshold"/>).</summary>
    [Range(typeof(decimal), "0", "10000", ErrorMessage = "Declarations:GiftHandOverThresholdMci must be between 0 and 10000.")]
    public decimal GiftHandOverThresholdMci { get; set; } = 2;

    /// <summary>The MCI in tenge per calendar year, as set by the republican budget law of that year.</summary>
    public Dictionary<int, decimal> MciValues { get; set; } = new() { [2025] = 3932m, [2026] = 4325m };

    /// <summary>How long an officer's register export link stays valid (it also works only once; decision 121).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "00:15:00", ErrorMessage = "Declarations:ExportLinkLifetime must be between 1 and 15 minutes.")]
    public TimeSpan ExportLinkLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The bot's public base address, for export download links (e.g. https://compliancebot.example.kz).</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>The Domain's hand-over rule (Reg. 14.13) with the configured amounts.</summary>
    public GiftHandOverThreshold HandOver() => new(GiftHandOverThresholdMci, MciValues);
}
