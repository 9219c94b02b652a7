using ComplianceBot.Domain.Persistence;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Notices;

/// <summary>
/// Holds non-urgent director notices for the daily digest, in the caller's unit of work (docs/decisions/104).
/// Nothing is held when the digest is off or no director is configured.
/// </summary>
public sealed class DirectorDigest(
    RegistersDbContext db, RegisterClock clock, IOptions<DirectorDigestOptions> options, IOptions<OrganizationOptions> organization)
{
    public bool Enabled => options.Value.DigestEnabled && !string.IsNullOrWhiteSpace(organization.Value.DirectorAadObjectId);

    /// <summary>True when a notice of this type goes into the digest instead of out at once.</summary>
    public bool Holds(string noticeType) => Enabled && DirectorNoticeKinds.MayWaitForDigest(noticeType);

    /// <summary>Holds the notice when <see cref="Holds"/>; false (nothing written) otherwise.</summary>
    public bool TryHold(string noticeType, string number, string category, DateOnly date, string status, string subjectId, Guid? reportId = null)
    {
        if (!Holds(noticeType))
        {
            return false;
        }

        db.DirectorDigestItems.Add(DirectorDigestItem.Hold(
            $"digest:{noticeType}:{subjectId}", noticeType, number, category, date, status, clock.Now, reportId));
        return true;
    }
}
