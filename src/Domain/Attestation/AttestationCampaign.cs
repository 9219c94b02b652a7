using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Attestation;

/// <summary>
/// The annual attestation (Reg. 14.12: identify conflicts of interest): an officer asks everyone in
/// scope, once a year, to confirm they have no conflict of interest or to declare one. Only an active
/// officer opens or closes it; one open campaign per year; a closed campaign takes no answers.
/// </summary>
public sealed class AttestationCampaign : AuditedAggregate
{
    public static readonly DomainRule OneOpenCampaignPerYear = new(nameof(OneOpenCampaignPerYear), "14.12", DomainMessageKeys.AttestationAlreadyOpen);
    public static readonly DomainRule ClosedCampaignTakesNoAnswers = new(nameof(ClosedCampaignTakesNoAnswers), "14.12", DomainMessageKeys.AttestationClosed);
    public static readonly DomainRule CampaignYearMustBeSensible = new(nameof(CampaignYearMustBeSensible), "14.12", DomainMessageKeys.AttestationYearInvalid);
    public static readonly DomainRule DepartmentScopeMustNameADepartment = new(nameof(DepartmentScopeMustNameADepartment), "14.12", DomainMessageKeys.AttestationScopeEmpty);
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    private readonly List<AttestationCampaignTransition> _transitions = [];

    private AttestationCampaign()
    {
        StartedBy = string.Empty;
        Departments = [];
    }

    public Guid Id { get; private set; }
    public int Year { get; private set; }

    /// <summary>Empty for everyone; otherwise the departments (as in the Employee register) in scope.</summary>
    public string[] Departments { get; private set; }
    public string StartedBy { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public CampaignStatus Status { get; private set; }

    /// <summary>The year while open, null once closed: a unique index makes "one open campaign per year" hold across instances.</summary>
    public int? OpenYear { get; private set; }
    public string? ClosedBy { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public IReadOnlyList<AttestationCampaignTransition> Transitions => _transitions;

    public bool IsEveryone => Departments.Length == 0;

    /// <summary>Opens a campaign; <paramref name="openForYear"/> says whether one for that year is already open (the caller reads it).</summary>
    public static AttestationCampaign Start(
        ActiveOfficer officer, int year, IReadOnlyCollection<string>? departments, bool openForYear, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(officer);
        if (year is < MinYear or > MaxYear)
        {
            throw CampaignYearMustBeSensible.Refusal();
        }

        if (openForYear)
        {
            throw OneOpenCampaignPerYear.Refusal();
        }

        var scope = (departments ?? []).Select(d => Guard.OptionalText(d, Employee.NameMaxLength, "department"))
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (departments is { Count: > 0 } && scope.Length == 0)
        {
            throw DepartmentScopeMustNameADepartment.Refusal();
        }

        var campaign = new AttestationCampaign
        {
            Id = Guid.NewGuid(),
            Year = year,
            Departments = scope,
            StartedBy = officer.AadObjectId,
            StartedAt = now.ToUniversalTime(),
            Status = CampaignStatus.Open,
            OpenYear = year,
        };
        campaign._transitions.Add(new AttestationCampaignTransition(campaign.Id, null, CampaignStatus.Open, officer.AadObjectId, now));
        var scopeText = scope.Length == 0 ? "everyone" : $"{scope.Length} departments";
        campaign.Audit(officer.AadObjectId, "AttestationStarted", campaign.Id.ToString(), $"year {year}, scope {scopeText}", now);
        return campaign;
    }

    /// <summary>Ends the campaign; outstanding employees stay recorded as not having answered.</summary>
    public void Close(ActiveOfficer officer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(officer);
        EnsureOpen();
        Status = CampaignStatus.Closed;
        OpenYear = null;
        ClosedBy = officer.AadObjectId;
        ClosedAt = now.ToUniversalTime();
        _transitions.Add(new AttestationCampaignTransition(Id, CampaignStatus.Open, CampaignStatus.Closed, officer.AadObjectId, now));
        Audit(officer.AadObjectId, "AttestationClosed", Id.ToString(), null, now);
    }

    internal void EnsureOpen()
    {
        if (Status != CampaignStatus.Open)
        {
            throw ClosedCampaignTakesNoAnswers.Refusal();
        }
    }
}
