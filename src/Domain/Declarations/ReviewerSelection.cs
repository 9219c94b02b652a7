namespace ComplianceBot.Domain.Declarations;

/// <summary>Who a review card goes to: an officer, or the director when no other officer is active.</summary>
public enum ReviewerRole
{
    Officer,
    Director,
}

/// <summary>A person who reviews a declaration, in a role (see <see cref="ReviewerSelection"/>).</summary>
public sealed record DeclarationReviewerChoice(string AadObjectId, ReviewerRole Role);

/// <summary>
/// Reg. 24.5, 24.6: an officer's own gift or conflict is reviewed by someone else. The reviewers of a declaration are
/// every active officer but the declarant; when that leaves nobody — the single officer of Reg. 6–7's default service
/// declares — the director reviews it and decides (Reg. 8: the director appoints and supervises the service). Nobody
/// reviews a declaration of their own, the director included.
/// </summary>
public static class ReviewerSelection
{
    public const string Rule = "DeclarationIsReviewedByAnotherOfficerOrElseTheDirector";
    public const string Clause = "24.6";

    public static IReadOnlyList<DeclarationReviewerChoice> Select(string declarant, IEnumerable<string> activeOfficers, string? director)
    {
        ArgumentNullException.ThrowIfNull(activeOfficers);
        var officers = activeOfficers
            .Where(id => !string.Equals(id, declarant, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Select(id => new DeclarationReviewerChoice(id, ReviewerRole.Officer))
            .ToList();
        if (officers.Count > 0)
        {
            return officers;
        }

        return string.IsNullOrWhiteSpace(director) || string.Equals(director.Trim(), declarant, StringComparison.OrdinalIgnoreCase)
            ? []
            : [new DeclarationReviewerChoice(director.Trim(), ReviewerRole.Director)];
    }
}
