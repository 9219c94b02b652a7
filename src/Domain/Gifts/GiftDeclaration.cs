using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Numbering;
using ComplianceBot.Domain.People;

namespace ComplianceBot.Domain.Gifts;

/// <summary>The gift register (Reg. 14.13, 24.5): versions of what was declared, then one officer decision.</summary>
public sealed class GiftDeclaration : AuditedAggregate, INumberedRecord, IFiledDeclaration
{
    private readonly List<GiftDeclarationVersion> _versions = [];

    private GiftDeclaration()
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
    public IReadOnlyList<GiftDeclarationVersion> Versions => _versions;
    public GiftDecision? Decision { get; private set; }

    public RegisterKind NumberKind => RegisterKind.G;

    public GiftDeclarationVersion Current => _versions.MaxBy(v => v.VersionNumber)!;

    public static GiftDeclaration File(string declarantAadObjectId, GiftDetails details, RegisterClock clock)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.Now;
        var declaration = new GiftDeclaration
        {
            Id = Guid.NewGuid(),
            DeclarantAadObjectId = Guard.Text(declarantAadObjectId, Employee.IdMaxLength, "declarant"),
            FiledAt = now,
            NumberYear = clock.DateOf(now).Year,
            Status = DeclarationStatus.Pending,
        };
        declaration._versions.Add(new GiftDeclarationVersion(declaration.Id, 1, VersionKind.Original, details.Validated(), declarantAadObjectId, now));
        declaration.Audit(declarantAadObjectId, "GiftDeclared", declaration.Id.ToString(), null, now);
        return declaration;
    }

    /// <summary>Supplements or corrects the declaration while pending: a new version row, the earlier ones stay.</summary>
    public GiftDeclarationVersion Amend(string actorAadObjectId, VersionKind kind, GiftDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        DeclarationRules.EnsureMayAmend(actorAadObjectId, DeclarantAadObjectId, Status);
        var version = new GiftDeclarationVersion(Id, Current.VersionNumber + 1, kind, details.Validated(), actorAadObjectId, now);
        _versions.Add(version);
        Audit(actorAadObjectId, $"GiftDeclaration{kind}", Id.ToString(), $"version {version.VersionNumber}", now);
        return version;
    }

    /// <summary>Records the officer's decision (Reg. 14.13); never on their own gift (Reg. 24.5, 24.6), and only once.</summary>
    public GiftDecision Decide(ActiveOfficer officer, GiftOutcome outcome, string reason, DateTimeOffset now) =>
        Decide(DeclarationReviewer.Officer(officer), outcome, reason, now);

    /// <summary>
    /// Records the reviewer's decision (Reg. 14.13): an officer's, or the director's when no other officer is active
    /// (Reg. 24.5, <see cref="ReviewerSelection"/>), audited as such; never the declarant's own, and only once.
    /// </summary>
    public GiftDecision Decide(DeclarationReviewer reviewer, GiftOutcome outcome, string reason, DateTimeOffset now)
    {
        DeclarationRules.EnsureMayDecide(reviewer, DeclarantAadObjectId, Status);
        Decision = new GiftDecision(Id, outcome, DeclarationRules.RequireReason(reason), reviewer.AadObjectId, now);
        Status = DeclarationStatus.Decided;
        Audit(reviewer.AadObjectId, "GiftDecided" + reviewer.AuditSuffix, Id.ToString(), $"outcome {outcome}", now);
        return Decision;
    }

    void INumberedRecord.AssignNumber(string number) => Number = number;
}
