using ComplianceBot.Domain.People;

namespace ComplianceBot.Domain.Declarations;

/// <summary>
/// Proof that someone may decide a declaration: an active officer, or the director while <see cref="ReviewerSelection"/>
/// names the director for it. Only <see cref="DeclarationReviewers"/> (or <see cref="Officer"/> from a roster's proof)
/// creates one, so <c>Decide</c> and <c>Assess</c> cannot be reached by anyone else.
/// </summary>
public sealed class DeclarationReviewer
{
    private DeclarationReviewer(string aadObjectId, ReviewerRole role)
    {
        AadObjectId = aadObjectId;
        Role = role;
    }

    public string AadObjectId { get; }

    public ReviewerRole Role { get; }

    public static DeclarationReviewer Officer(ActiveOfficer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return new DeclarationReviewer(officer.AadObjectId, ReviewerRole.Officer);
    }

    internal static DeclarationReviewer Director(string aadObjectId) => new(aadObjectId, ReviewerRole.Director);

    /// <summary>The audit action's suffix: a director's decision is recorded as the director's (Reg. 24.5, 24.6).</summary>
    internal string AuditSuffix => Role == ReviewerRole.Director ? "ByDirector" : string.Empty;
}
