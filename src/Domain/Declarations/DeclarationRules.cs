using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Declarations;

/// <summary>The rules gift and conflict declarations share, each named after what it protects.</summary>
public static class DeclarationRules
{
    public static readonly DomainRule OfficerMustNotDecideOwnDeclaration = new(nameof(OfficerMustNotDecideOwnDeclaration), "24.6", DomainMessageKeys.OwnDeclaration);
    public static readonly DomainRule DecisionIsRecordedOnce = new(nameof(DecisionIsRecordedOnce), "Inv. 4", DomainMessageKeys.AlreadyDecided);
    public static readonly DomainRule DecisionMustHaveReason = new(nameof(DecisionMustHaveReason), "14.12, 14.13", DomainMessageKeys.ReasonRequired);
    public static readonly DomainRule OnlyDeclarantAmendsPendingDeclaration = new(nameof(OnlyDeclarantAmendsPendingDeclaration), "Inv. 4", DomainMessageKeys.OnlyDeclarantMayAmend);
    public const int ReasonMaxLength = 2000;

    /// <summary>
    /// Reg. 24.6 (and 24.5 for gifts): an officer's own declaration is reviewed by someone else — another officer, or
    /// the director (<see cref="ReviewerSelection"/>).
    /// </summary>
    internal static void EnsureMayDecide(DeclarationReviewer reviewer, string declarantId, DeclarationStatus status)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        if (reviewer.AadObjectId == declarantId)
        {
            throw OfficerMustNotDecideOwnDeclaration.Refusal();
        }

        // A second officer acting on a stale card is refused rather than overwriting the first decision.
        if (status != DeclarationStatus.Pending)
        {
            throw DecisionIsRecordedOnce.Refusal();
        }
    }

    internal static string RequireReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason)
            ? throw DecisionMustHaveReason.Refusal()
            : Guard.Text(reason, ReasonMaxLength, "reason");

    internal static void EnsureMayAmend(string actorId, string declarantId, DeclarationStatus status)
    {
        if (actorId != declarantId || status != DeclarationStatus.Pending)
        {
            throw OnlyDeclarantAmendsPendingDeclaration.Refusal();
        }
    }
}
