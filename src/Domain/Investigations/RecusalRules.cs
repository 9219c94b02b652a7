using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Investigations;

/// <summary>Who is being vetted for a case: its handling officer, or an investigator the handler adds.</summary>
public enum CaseRole
{
    HandlingOfficer,
    Investigator,
}

/// <summary>
/// The recusal rules of Reg. 24, the same for the handling officer and for investigators (regulation invariant 3):
/// not a person concerned (Reg. 24.2), no part in the process within three years (Reg. 24.1), no declared conflict
/// touching the case (Reg. 24.6). Each role has its own rule names and texts, so a refusal says who is refused.
/// </summary>
public static class RecusalRules
{
    public static readonly DomainRule HandlerMustNotBeAPersonConcerned =
        new(nameof(HandlerMustNotBeAPersonConcerned), "24.2", DomainMessageKeys.HandlerIsPersonConcerned);

    public static readonly DomainRule HandlerMustNotHaveTakenPartInProcessWithinThreeYears =
        new(nameof(HandlerMustNotHaveTakenPartInProcessWithinThreeYears), "24.1", DomainMessageKeys.HandlerTookPartInProcess);

    public static readonly DomainRule HandlerMustNotHaveConflictOfInterest =
        new(nameof(HandlerMustNotHaveConflictOfInterest), "24.6", DomainMessageKeys.HandlerHasConflict);

    public static DomainRule PersonConcerned(CaseRole role) =>
        role == CaseRole.HandlingOfficer ? HandlerMustNotBeAPersonConcerned : InvestigatorVetting.InvestigatorMustNotBeAPersonConcerned;

    public static DomainRule TookPartInProcess(CaseRole role) =>
        role == CaseRole.HandlingOfficer ? HandlerMustNotHaveTakenPartInProcessWithinThreeYears : InvestigatorVetting.InvestigatorMustNotHaveTakenPartInProcessWithinThreeYears;

    public static DomainRule Conflict(CaseRole role) =>
        role == CaseRole.HandlingOfficer ? HandlerMustNotHaveConflictOfInterest : InvestigatorVetting.InvestigatorMustNotHaveConflictOfInterest;
}
