using ComplianceBot.Domain.People;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Declarations;

/// <summary>
/// <see cref="ReviewerSelection"/> applied to today's roster and the configured director: who gets a declaration's
/// review card, and whether the person acting on one may decide it (Reg. 24.5, 24.6).
/// </summary>
public sealed class DeclarationReviewers(OfficerRoster roster, RegisterClock clock, IOptions<OrganizationOptions> organization)
{
    public async Task<IReadOnlyList<DeclarationReviewerChoice>> ForAsync(string declarant, CancellationToken ct = default)
    {
        var officers = (await roster.GetActiveAsync(clock.Now, ct)).Select(a => a.OfficerAadObjectId);
        return ReviewerSelection.Select(declarant, officers, organization.Value.DirectorAadObjectId);
    }

    /// <summary>
    /// The proof <c>Decide</c>/<c>Assess</c> need. An active officer gets one (their own declaration is then refused by
    /// the declaration); the director only while the selection names the director for this declaration; anyone else is
    /// refused as not an active officer.
    /// </summary>
    public async Task<DeclarationReviewer> RequireAsync(string actor, string declarant, CancellationToken ct = default)
    {
        var active = await roster.GetActiveAsync(clock.Now, ct);
        if (active.FirstOrDefault(a => a.OfficerAadObjectId == actor) is not null)
        {
            return DeclarationReviewer.Officer(await roster.RequireActiveAsync(actor, ct));
        }

        var chosen = ReviewerSelection.Select(declarant, active.Select(a => a.OfficerAadObjectId), organization.Value.DirectorAadObjectId);
        return chosen.Any(c => c.Role == ReviewerRole.Director && string.Equals(c.AadObjectId, actor, StringComparison.OrdinalIgnoreCase))
            ? DeclarationReviewer.Director(actor)
            : throw new DomainRuleException(OfficerRoster.OnlyActiveOfficerRule, DomainMessageKeys.NotAnActiveOfficer);
    }
}
