namespace ComplianceBot.Domain.Declarations;

/// <summary>The rules gift and conflict declarations share, each named after what it protects.</summary>
public static class DeclarationRules
{
    public const string OfficerMustNotDecideOwnDeclaration = nameof(OfficerMustNotDecideOwnDeclaration);
    public const string DecisionIsRecordedOnce = nameof(DecisionIsRecordedOnce);
    public const string DecisionMustHaveReason = nameof(DecisionMustHaveReason);
    public const string OnlyDeclarantAmendsPendingDeclaration = nameof(OnlyDeclarantAmendsPendingDeclaration);
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
            throw new DomainRuleException(OfficerMustNotDecideOwnDeclaration, DomainMessageKeys.OwnDeclaration);
        }

        // A second officer acting on a stale card is refused rather than overwriting the first decision.
        if (status != DeclarationStatus.Pending)
        {
            throw new DomainRuleException(DecisionIsRecordedOnce, DomainMessageKeys.AlreadyDecided);
        }
    }

    internal static string RequireReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason)
            ? throw new DomainRuleException(DecisionMustHaveReason, DomainMessageKeys.ReasonRequired)
            : Guard.Text(reason, ReasonMaxLength, "reason");

    internal static void EnsureMayAmend(string actorId, string declarantId, DeclarationStatus status)
    {
        if (actorId != declarantId || status != DeclarationStatus.Pending)
        {
            throw new DomainRuleException(OnlyDeclarantAmendsPendingDeclaration, DomainMessageKeys.OnlyDeclarantMayAmend);
        }
    }
}
