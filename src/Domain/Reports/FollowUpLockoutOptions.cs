using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Domain.Reports;

/// <summary>Settings under <c>Reports:FollowUpLockout</c>: how many wrong case code/passphrase attempts lock out, and for how long.</summary>
public sealed class FollowUpLockoutOptions
{
    public const string SectionName = "Reports:FollowUpLockout";

    [Range(1, 100, ErrorMessage = "Reports:FollowUpLockout:MaxFailures must be between 1 and 100.")]
    public int MaxFailures { get; set; } = 5;

    /// <summary>Failures older than this no longer count.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Reports:FollowUpLockout:Window must be between 1 minute and 1 day.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Reports:FollowUpLockout:Duration must be between 1 minute and 7 days.")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);
}
