using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Numbering;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Conflicts;

/// <summary>The conflict-of-interest register (Reg. 5.3, 14.12): versions, then one officer assessment.</summary>
public sealed class ConflictOfInterestDeclaration : AuditedAggregate, INumberedRecord, IFiledDeclaration
{
    public static readonly DomainRule ConflictMustHaveSettlementMeasure = new(nameof(ConflictMustHaveSettlementMeasure), "14.12", DomainMessageKeys.SettlementMeasureRequired);
    public static readonly DomainRule MonitoringDateMustBeInFuture = new(nameof(MonitoringDateMustBeInFuture), "14.12", DomainMessageKeys.MonitoringDateInPast);

    private readonly List<ConflictDeclarationVersion> _versions = [];

    private ConflictOfInterestDeclaration()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        DeclarantAadObjectId = string.Empty;
    }

    public Guid Id { get; private set; }
    public string? Number { get; private set; }
    public int NumberYear { get; private set; }
    public string DeclarantAadObjectId { get; private set; }
    public DateTimeOffset FiledAt { get; private set; }
    public DeclarationStatus Status { get; private set; }
    public IReadOnlyList<ConflictDeclarationVersion> Versions => _versions;
    public ConflictAssessment? Assessment { get; private set; }

    public RegisterKind NumberKind => RegisterKind.C;

    public ConflictDeclarationVersion Current => _versions.MaxBy(v => v.VersionNumber)!;

    public static ConflictOfInterestDeclaration File(string declarantAadObjectId, ConflictDetails details, RegisterClock clock)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.Now;
        var declaration = new ConflictOfInterestDeclaration
        {
            Id = Guid.NewGuid(),
            DeclarantAadObjectId = Guard.Text(declarantAadObjectId, Employee.IdMaxLength, "declarant"),
            FiledAt = now,
            NumberYear = clock.DateOf(now).Year,
            Status = DeclarationStatus.Pending,
        };
        declaration._versions.Add(new ConflictDeclarationVersion(declaration.Id, 1, VersionKind.Original, details.Validated(), declarantAadObjectId, now));
        declaration.Audit(declarantAadObjectId, "ConflictDeclared", declaration.Id.ToString(), $"area {details.Area}", now);
        return declaration;
    }

    public ConflictDeclarationVersion Amend(string actorAadObjectId, VersionKind kind, ConflictDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        DeclarationRules.EnsureMayAmend(actorAadObjectId, DeclarantAadObjectId, Status);
        var version = new ConflictDeclarationVersion(Id, Current.VersionNumber + 1, kind, details.Validated(), actorAadObjectId, now);
        _versions.Add(version);
        Audit(actorAadObjectId, $"ConflictDeclaration{kind}", Id.ToString(), $"version {version.VersionNumber}", now);
        return version;
    }

    /// <summary>
    /// Records the officer's assessment (Reg. 14.12). Not on their own declaration (Reg. 24.6), once only; a
    /// potential or actual conflict needs a settlement measure, and a monitoring date, if given, lies ahead.
    /// </summary>
    public ConflictAssessment Assess(
        ActiveOfficer officer, ConflictLevel level, SettlementMeasure? measure, string? measureDetails, DateOnly? monitoringDate,
        string reason, RegisterClock clock) =>
        Assess(DeclarationReviewer.Officer(officer), level, measure, measureDetails, monitoringDate, reason, clock);

    /// <summary>As above, by the director when no other officer is active (Reg. 24.6, <see cref="ReviewerSelection"/>), audited as such.</summary>
    public ConflictAssessment Assess(
        DeclarationReviewer officer, ConflictLevel level, SettlementMeasure? measure, string? measureDetails, DateOnly? monitoringDate,
        string reason, RegisterClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        DeclarationRules.EnsureMayDecide(officer, DeclarantAadObjectId, Status);
        if (level != ConflictLevel.None && measure is null)
        {
            throw ConflictMustHaveSettlementMeasure.Refusal();
        }

        if (monitoringDate is { } date && date <= clock.Today)
        {
            throw MonitoringDateMustBeInFuture.Refusal();
        }

        var now = clock.Now;
        Assessment = new ConflictAssessment(
            Id, level, measure, Guard.OptionalText(measureDetails, ConflictAssessment.MeasureDetailsMaxLength, nameof(measureDetails)),
            monitoringDate, DeclarationRules.RequireReason(reason), officer.AadObjectId, now);
        Status = DeclarationStatus.Decided;
        Audit(officer.AadObjectId, "ConflictAssessed" + officer.AuditSuffix, Id.ToString(), $"level {level}, measure {measure}", now);
        return Assessment;
    }

    void INumberedRecord.AssignNumber(string number) => Number = number;
}
