using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Bot.Features.DirectorNotices;

/// <summary>Settings under <c>Notices</c> (Reg. 23.3: in time; Reg. 29: periodic report).</summary>
public sealed class NoticeOptions
{
    public const string SectionName = "Notices";

    /// <summary>From the event to the notice in the director's inbox; later counts as late and the officers are told.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00", ErrorMessage = "Notices:DeliveryTarget must be between 00:00:10 and 1.00:00:00.")]
    public TimeSpan DeliveryTarget { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the late/failed notices are looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Notices:CheckInterval must be between 00:00:01 and 01:00:00.")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Periodic report to the director (Reg. 29); one month by default.</summary>
    [Range(1, 12, ErrorMessage = "Notices:ReportPeriodMonths must be between 1 and 12.")]
    public int ReportPeriodMonths { get; set; } = 1;

    public bool ReportEnabled { get; set; } = true;
}
