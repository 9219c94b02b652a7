using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// When the notices about a newly filed report — the officers' cards, the director's mail and card, an escalation —
/// become due, and the time they carry (decision 119). A named report's notices leave at once. An anonymous
/// report's leave at one random moment within <see cref="AnonymousReleaseOptions.Window"/> of working time, drawn
/// with a cryptographic generator and rounded to the second, so neither their arrival nor any stored timestamp
/// points at the moment of filing (Reg. 23.2). The director's delivery target counts from that moment (Reg. 23.3);
/// the deadlines count from the filing date (Reg. 22.3).
/// </summary>
public sealed class AnonymousNoticeRelease(RegisterClock clock, IOptions<AnonymousReleaseOptions> options)
{
    public WorkingHours WorkingHours => new(clock.Zone, options.Value.WorkdayStart, options.Value.WorkdayEnd);

    /// <summary>The one moment at which every notice of this filing is released, and the time written on it.</summary>
    public DateTimeOffset ReleaseFor(ConfidentialReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var now = clock.Now;
        var window = options.Value.Window;
        if (!report.IsAnonymous || window <= TimeSpan.Zero)
        {
            return now;
        }

        // One moment for all recipients: several independent moments would let the earliest of them narrow the filing time.
        // At least one second later, so the release, rounded down, never shows the filing's own second.
        var offset = TimeSpan.FromSeconds(RandomNumberGenerator.GetInt32(1, Math.Max(1, (int)window.TotalSeconds) + 1));
        var release = WorkingHours.Add(now, offset);
        // Whole seconds: the filing instant's fraction of a second would otherwise survive the random offset.
        return new DateTimeOffset(release.Ticks - (release.Ticks % TimeSpan.TicksPerSecond), release.Offset);
    }
}
