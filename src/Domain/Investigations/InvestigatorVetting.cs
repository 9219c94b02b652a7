using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Investigations;

/// <summary>
/// Assigns investigators after the recusal rules (regulation invariant 3), which live in <see cref="CaseRecusal"/> and
/// are the same as for the handling officer: not a person concerned (Reg. 24.2), no part in the process within three
/// years (Reg. 24.1), no declared conflict touching the process or the persons concerned (Reg. 24.6). Only the
/// report's handling officer assigns (decision 118). The refusal names the rule.
/// </summary>
public sealed class InvestigatorVetting(RegistersDbContext db, RegisterClock clock, CaseRecusal recusal)
{
    public static readonly DomainRule InvestigatorMustNotHaveTakenPartInProcessWithinThreeYears =
        new(nameof(InvestigatorMustNotHaveTakenPartInProcessWithinThreeYears), "24.1", DomainMessageKeys.InvestigatorTookPartInProcess);

    public static readonly DomainRule InvestigatorMustNotHaveConflictOfInterest =
        new(nameof(InvestigatorMustNotHaveConflictOfInterest), "24.6", DomainMessageKeys.InvestigatorHasConflict);

    public static readonly DomainRule InvestigatorMustNotBeAPersonConcerned =
        new(nameof(InvestigatorMustNotBeAPersonConcerned), "24.2", DomainMessageKeys.InvestigatorIsPersonConcerned);

    public async Task<InvestigatorAssignment> AssignAsync(
        Investigation investigation, ActiveOfficer officer, string investigatorAadObjectId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        // Stryker disable once Statement : equivalent — report.EnsureHandledBy throws the same ArgumentNullException(officer) before anything changes
        ArgumentNullException.ThrowIfNull(officer);
        var report = db.ConfidentialReports.Local.FirstOrDefault(r => r.Id == investigation.ReportId)
            ?? await db.ConfidentialReports.AsNoTracking().SingleAsync(r => r.Id == investigation.ReportId, ct);
        report.EnsureHandledBy(officer);
        await recusal.EnsureMayTakePartAsync(report, investigatorAadObjectId, CaseRole.Investigator, investigation.ProcessKey, ct);
        return investigation.AddInvestigator(officer, investigatorAadObjectId, clock.Now);
    }
}
