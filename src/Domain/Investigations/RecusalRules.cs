namespace ComplianceBot.Domain.Investigations;

/// <summary>Who is being vetted for a case: its handling officer, or an investigator the handler adds.</summary>
public enum CaseRole
{
    HandlingOfficer,
    Investigator,
}

/// <summary>A recusal rule: its name (for logs and tests), the clause it comes from and the text key of its refusal.</summary>
public sealed record RecusalRule(string Name, string Clause, string MessageKey)
{
    public DomainRuleException Refusal() => new(Name, MessageKey, $"Reg. {Clause}");
}

/// <summary>
/// The recusal rules of Reg. 24, the same for the handling officer and for investigators (regulation invariant 3):
/// not a person concerned (Reg. 24.2), no part in the process within three years (Reg. 24.1), no declared conflict
/// touching the case (Reg. 24.6). Each role has its own rule names and texts, so a refusal says who is refused.
/// </summary>
public static class RecusalRules
{
    public const string HandlerMustNotBeAPersonConcerned = nameof(HandlerMustNotBeAPersonConcerned);
    public const string HandlerMustNotHaveTakenPartInProcessWithinThreeYears = nameof(HandlerMustNotHaveTakenPartInProcessWithinThreeYears);
    public const string HandlerMustNotHaveConflictOfInterest = nameof(HandlerMustNotHaveConflictOfInterest);

    public static RecusalRule PersonConcerned(CaseRole role) => role == CaseRole.HandlingOfficer
        ? new(HandlerMustNotBeAPersonConcerned, "24.2", DomainMessageKeys.HandlerIsPersonConcerned)
        : new(InvestigatorVetting.InvestigatorMustNotBeAPersonConcerned, "24.2", DomainMessageKeys.InvestigatorIsPersonConcerned);

    public static RecusalRule TookPartInProcess(CaseRole role) => role == CaseRole.HandlingOfficer
        ? new(HandlerMustNotHaveTakenPartInProcessWithinThreeYears, "24.1", DomainMessageKeys.HandlerTookPartInProcess)
        : new(InvestigatorVetting.InvestigatorMustNotHaveTakenPartInProcessWithinThreeYears, "24.1", DomainMessageKeys.InvestigatorTookPartInProcess);

    public static RecusalRule Conflict(CaseRole role) => role == CaseRole.HandlingOfficer
        ? new(HandlerMustNotHaveConflictOfInterest, "24.6", DomainMessageKeys.HandlerHasConflict)
        : new(InvestigatorVetting.InvestigatorMustNotHaveConflictOfInterest, "24.6", DomainMessageKeys.InvestigatorHasConflict);

    /// <summary>The clause a refusal comes from ("24.1"), or null for a rule that is not a recusal rule.</summary>
    public static string? ClauseOf(string ruleName) =>
        Enum.GetValues<CaseRole>()
            .SelectMany(role => new[] { PersonConcerned(role), TookPartInProcess(role), Conflict(role) })
            .FirstOrDefault(rule => rule.Name == ruleName)?.Clause;
}
