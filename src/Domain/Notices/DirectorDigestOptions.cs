using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Domain.Notices;

/// <summary>
/// The daily digest of non-urgent director notices, under <c>Notices</c> (the same section as the delivery target).
/// Off by default: every notice then goes at once, as before (docs/decisions/104).
/// </summary>
public sealed class DirectorDigestOptions
{
    public const string SectionName = "Notices";

    public bool DigestEnabled { get; set; }

    /// <summary>Wall-clock time in the organisation's zone (Asia/Almaty) at which the day's digest is sent.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59", ErrorMessage = "Notices:DigestTimeOfDay must be a time of day between 00:00 and 23:59.")]
    public TimeSpan DigestTimeOfDay { get; set; } = new(9, 0, 0);
}
