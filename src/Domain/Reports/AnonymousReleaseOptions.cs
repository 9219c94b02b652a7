using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// Settings under <c>Reports:AnonymousRelease</c> (decision 119): notices about a new anonymous report leave at a
/// random moment within <see cref="Window"/> of working time, so their arrival does not point at the reporter
/// (Reg. 23.2). Zero turns the delay off (notices leave at once, and their time then points at the filing).
/// </summary>
public sealed class AnonymousReleaseOptions
{
    public const string SectionName = "Reports:AnonymousRelease";
    public const string InvalidWorkdayMessage =
        "Reports:AnonymousRelease:WorkdayStart must be earlier than Reports:AnonymousRelease:WorkdayEnd, both within one day.";

    /// <summary>Working time within which the release moment is drawn; capped so the director still learns in time (Reg. 23.3).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "08:00:00", ErrorMessage = "Reports:AnonymousRelease:Window must be between 00:00:00 (off) and 08:00:00.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Start of the working day, the organisation's wall-clock time (Organization:TimeZone), Monday to Friday.</summary>
    public TimeSpan WorkdayStart { get; set; } = TimeSpan.FromHours(9);

    public TimeSpan WorkdayEnd { get; set; } = TimeSpan.FromHours(18);

    public bool HasValidWorkday() =>
        WorkdayStart >= TimeSpan.Zero && WorkdayEnd <= TimeSpan.FromDays(1) && WorkdayStart < WorkdayEnd;
}
