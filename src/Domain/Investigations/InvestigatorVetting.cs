using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Investigations;

/// <summary>
/// Assigns investigators after the recusal rules (regulation invariant 3): not someone who took part in
/// the process within three years (Reg. 24.1), not someone with a declared conflict touching the process
/// or the persons concerned (Reg. 24.6), not a person concerned (Reg. 24.2). The refusal names the rule.
/// </summary>
public sealed class InvestigatorVetting(RegistersDbContext db, RegisterClock clock)
{
    public const string InvestigatorMustNotHaveTakenPartInProcessWithinThreeYears = nameof(InvestigatorMustNotHaveTakenPartInProcessWithinThreeYears);
    public const string InvestigatorMustNotHaveConflictOfInterest = nameof(InvestigatorMustNotHaveConflictOfInterest);
    public const string InvestigatorMustNotBeAPersonConcerned = nameof(InvestigatorMustNotBeAPersonConcerned);

    public async Task<InvestigatorAssignment> AssignAsync(
        Investigation investigation, ActiveOfficer officer, string investigatorAadObjectId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        ArgumentNullException.ThrowIfNull(officer);
        var concerned = await PersonsConcernedAsync(investigation.ReportId, ct);
        var investigatorName = await db.Employees.AsNoTracking()
            .Where(e => e.AadObjectId == investigatorAadObjectId).Select(e => e.DisplayName).FirstOrDefaultAsync(ct);

        if (concerned.Any(p => p.AadObjectId == investigatorAadObjectId || SameName(p.Name, investigatorName)))
        {
            throw new DomainRuleException(InvestigatorMustNotBeAPersonConcerned, DomainMessageKeys.InvestigatorIsPersonConcerned);
        }

        if (await TookPartWithinThreeYearsAsync(investigatorAadObjectId, investigation.ProcessKey, ct))
        {
            throw new DomainRuleException(InvestigatorMustNotHaveTakenPartInProcessWithinThreeYears, DomainMessageKeys.InvestigatorTookPartInProcess);
        }

        if (await HasTouchingConflictAsync(investigatorAadObjectId, investigation.ProcessKey, concerned.Select(p => p.Name), ct))
        {
            throw new DomainRuleException(InvestigatorMustNotHaveConflictOfInterest, DomainMessageKeys.InvestigatorHasConflict);
        }

        return investigation.AddInvestigator(officer, investigatorAadObjectId, clock.Now);
    }

    private async Task<List<(string Name, string? AadObjectId)>> PersonsConcernedAsync(Guid reportId, CancellationToken ct)
    {
        var report = await db.ConfidentialReports.AsNoTracking().SingleAsync(r => r.Id == reportId, ct);
        return report.PersonsConcerned.Select(p => (p.Name, p.AadObjectId)).ToList();
    }

    private async Task<bool> TookPartWithinThreeYearsAsync(string person, string processKey, CancellationToken ct)
    {
        var records = await db.Set<ParticipationRecord>().AsNoTracking()
            .Where(r => r.PersonAadObjectId == person && r.ProcessKey == processKey)
            .ToListAsync(ct);
        return records.Any(r => r.OverlapsLastThreeYears(clock.Today));
    }

    /// <summary>Declarations assessed as "no conflict" do not count; pending and settled ones do.</summary>
    private async Task<bool> HasTouchingConflictAsync(string person, string processKey, IEnumerable<string> concernedNames, CancellationToken ct)
    {
        var declarations = await db.ConflictDeclarations.AsNoTracking()
            .Where(d => d.DeclarantAadObjectId == person)
            .ToListAsync(ct);
        return declarations
            .Where(d => d.Assessment?.Level is not ConflictLevel.None)
            .Select(d => d.Current.Details)
            .Any(details => ProcessKey.Normalize(details.AffectedProcess) == processKey
                || concernedNames.Any(name => details.RelatedPersons?.Contains(name, StringComparison.OrdinalIgnoreCase) == true));
    }

    private static bool SameName(string name, string? other) =>
        other is not null && string.Equals(name.Trim(), other.Trim(), StringComparison.OrdinalIgnoreCase);
}
