using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Investigations;

/// <summary>
/// An internal investigation of a report (Reg. 14.15, 22.3). Investigators are added only through
/// <see cref="InvestigatorVetting"/>, which applies the recusal rules of Reg. 24.1, 24.2 and 24.6; only the report's
/// handling officer opens it, adds investigators and concludes it (decision 118).
/// </summary>
public sealed class Investigation : AuditedAggregate
{
    public static readonly DomainRule InvestigatorIsAssignedOnce = new(nameof(InvestigatorIsAssignedOnce), "22.3", DomainMessageKeys.InvestigatorAlreadyAssigned);
    public static readonly DomainRule ConcludedInvestigationIsFinal = new(nameof(ConcludedInvestigationIsFinal), "22.3", DomainMessageKeys.InvestigationConcluded);

    public const int FindingsMaxLength = 8000;
    private readonly List<InvestigatorAssignment> _assignments = [];

    private Investigation()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        UnitOrProcess = ProcessKey = OpenedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public string UnitOrProcess { get; private set; }
    public string ProcessKey { get; private set; }
    public string OpenedBy { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public string? Findings { get; private set; }
    public DateTimeOffset? ConcludedAt { get; private set; }
    public string? ConcludedBy { get; private set; }
    public IReadOnlyList<InvestigatorAssignment> Assignments => _assignments;

    /// <summary>Opens the investigation and moves the report to "under investigation" in the same change.</summary>
    public static Investigation Open(ConfidentialReport report, ActiveOfficer officer, string unitOrProcess, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        // Stryker disable once Statement : equivalent — report.OpenInvestigation throws the same ArgumentNullException(officer) before anything changes
        ArgumentNullException.ThrowIfNull(officer);
        report.OpenInvestigation(officer, now);
        var investigation = new Investigation
        {
            Id = Guid.NewGuid(),
            ReportId = report.Id,
            UnitOrProcess = Guard.Text(unitOrProcess, Investigations.ProcessKey.MaxLength, nameof(UnitOrProcess)),
            ProcessKey = Investigations.ProcessKey.Normalize(unitOrProcess),
            OpenedBy = officer.AadObjectId,
            OpenedAt = now.ToUniversalTime(),
        };
        investigation.Audit(officer.AadObjectId, "InvestigationOpened", investigation.Id.ToString(), $"report {report.Id}", now);
        return investigation;
    }

    /// <summary>Only the report's handling officer records the findings (decision 118).</summary>
    public void Conclude(ConfidentialReport report, ActiveOfficer officer, string findings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(officer);
        if (report.Id != ReportId)
        {
            throw new InvalidOperationException("The findings belong to the investigation of another report.");
        }

        report.EnsureHandledBy(officer);
        EnsureOpen();
        Findings = Guard.Text(findings, FindingsMaxLength, nameof(findings));
        ConcludedAt = now.ToUniversalTime();
        ConcludedBy = officer.AadObjectId;
        Audit(officer.AadObjectId, "InvestigationConcluded", Id.ToString(), null, now);
    }

    internal InvestigatorAssignment AddInvestigator(ActiveOfficer officer, string investigator, DateTimeOffset now)
    {
        EnsureOpen();
        if (_assignments.Any(a => a.InvestigatorAadObjectId == investigator))
        {
            throw InvestigatorIsAssignedOnce.Refusal();
        }

        var assignment = new InvestigatorAssignment(Id, investigator, officer.AadObjectId, now);
        _assignments.Add(assignment);
        Audit(officer.AadObjectId, "InvestigatorAssigned", Id.ToString(), $"investigator {investigator}", now);
        return assignment;
    }

    private void EnsureOpen()
    {
        if (ConcludedAt is not null)
        {
            throw ConcludedInvestigationIsFinal.Refusal();
        }
    }
}
