using ComplianceBot.Domain.Rules;
namespace ComplianceBot.Domain.People;

/// <summary>
/// Reg. 8: the compliance service acts independently of the enterprise's officials and reports to the
/// director; an officer reads every case that does not implicate the director, reporters' identities
/// included. So the director may never hold an officer's appointment, whichever path records one.
/// </summary>
public static class DirectorIsNeverAnOfficer
{
    public static readonly DomainRule Rule = new("DirectorMustNotBeAppointedOfficer", "8", DomainMessageKeys.DirectorCannotBeOfficer);

    /// <summary>Refuses appointing <paramref name="officerAadObjectId"/> when that is the configured director.</summary>
    public static void Ensure(string officerAadObjectId, OrganizationOptions organization)
    {
        // Stryker disable once Statement : equivalent — IsDirector throws the same ArgumentNullException(organization) first
        ArgumentNullException.ThrowIfNull(organization);
        if (IsDirector(officerAadObjectId, organization))
        {
            throw Rule.Refusal();
        }
    }

    public static bool IsDirector(string? aadObjectId, OrganizationOptions organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return !string.IsNullOrWhiteSpace(organization.DirectorAadObjectId)
            && string.Equals(aadObjectId?.Trim(), organization.DirectorAadObjectId.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
