using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Numbering;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// A report through the confidential channel (Reg. 22.3, 22.7, 23.2). An anonymous report keeps the filing
/// date only, no user id and no audit actor; a named one keeps the identity sealed. Status changes are
/// transition rows; the thread is message rows.
/// </summary>
public sealed partial class ConfidentialReport : AuditedAggregate, INumberedRecord
{
    private readonly List<ReportTransition> _transitions = [];
    private readonly List<ReportMessage> _messages = [];
    private readonly List<ReportPersonConcerned> _personsConcerned = [];

    private ConfidentialReport()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        Description = CaseCode = PassphraseHash = string.Empty;
        Category = ReportCategory.Other;
    }

    public Guid Id { get; private set; }
    public string? Number { get; private set; }
    public int NumberYear { get; private set; }
    public string CaseCode { get; private set; }
    public string PassphraseHash { get; private set; }
    public ReportCategory Category { get; private set; }
    public string Description { get; private set; }
    public string? WhenAndWhere { get; private set; }

    /// <summary>The unit or process the reporter says is concerned (optional); the recusal rules look at it (Reg. 24.1, 24.6).</summary>
    public string? UnitOrProcess { get; private set; }

    /// <summary><see cref="UnitOrProcess"/> normalised by <see cref="Investigations.ProcessKey"/>; null when not given.</summary>
    public string? ProcessKey { get; private set; }
    public bool IsAnonymous { get; private set; }

    /// <summary>The date filed, in the organisation's calendar; an anonymous report has nothing finer.</summary>
    public DateOnly FiledOn { get; private set; }

    /// <summary>The exact time, for named reports only.</summary>
    public DateTimeOffset? FiledAt { get; private set; }

    /// <summary>AES-GCM sealed <see cref="ReporterIdentity"/>; null for an anonymous report.</summary>
    public byte[]? SealedIdentity { get; private set; }

    /// <summary>Reg. 29: set by the reporter or later by the officer; such a report never reaches the director.</summary>
    public bool DirectorImplicated { get; private set; }
    public ReportStatus Status { get; private set; }
    public string? AssignedOfficerAadObjectId { get; private set; }
    public DateOnly AcknowledgeBy { get; private set; }
    public DateOnly FeedbackBy { get; private set; }

    /// <summary>The first instant past <see cref="AcknowledgeBy"/> in the organisation's zone: acknowledged before it is in time (Reg. 22.3).</summary>
    public DateTimeOffset AcknowledgeDeadline { get; private set; }

    /// <summary>The first instant past <see cref="FeedbackBy"/> in the organisation's zone: closed before it is in time (Reg. 22.3).</summary>
    public DateTimeOffset FeedbackDeadline { get; private set; }

    /// <summary>When the officer acknowledged, beside its transition, so the figures compare it in SQL (Reg. 14.2, decision 142).</summary>
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    /// <summary>When the case was closed, beside its transition (Reg. 14.2, decision 142).</summary>
    public DateTimeOffset? ClosedAt { get; private set; }
    public ReportOutcome? Outcome { get; private set; }

    public IReadOnlyList<ReportTransition> Transitions => _transitions;
    public IReadOnlyList<ReportMessage> Messages => _messages;
    public IReadOnlyList<ReportPersonConcerned> PersonsConcerned => _personsConcerned;

    public RegisterKind NumberKind => RegisterKind.R;

    internal static ConfidentialReport File(
        ReportSubmission submission, ReporterIdentity? identity, string passphraseHash, IdentitySealer sealer, RegisterClock clock,
        int acknowledgementDays, int feedbackMonths)
    {
        var now = clock.Now;
        var today = clock.DateOf(now);
        var report = new ConfidentialReport
        {
            Id = Guid.NewGuid(),
            CaseCode = Reports.CaseCode.Generate(),
            PassphraseHash = passphraseHash,
            Category = submission.Category,
            Description = Guard.Text(submission.Description, ReportSubmission.DescriptionMaxLength, nameof(Description)),
            WhenAndWhere = Guard.OptionalText(submission.WhenAndWhere, ReportSubmission.WhenAndWhereMaxLength, nameof(WhenAndWhere)),
            UnitOrProcess = Guard.OptionalText(submission.UnitOrProcess, Investigations.ProcessKey.MaxLength, nameof(UnitOrProcess)),
            ProcessKey = string.IsNullOrWhiteSpace(submission.UnitOrProcess) ? null : Investigations.ProcessKey.Normalize(submission.UnitOrProcess),
            IsAnonymous = identity is null,
            FiledOn = today,
            FiledAt = identity is null ? null : now,
            NumberYear = today.Year,
            DirectorImplicated = submission.DirectorImplicated,
            Status = ReportStatus.Received,
            AcknowledgeBy = today.AddDays(acknowledgementDays),
            FeedbackBy = today.AddMonths(feedbackMonths),
        };
        report.SetDeadlines(clock);
        if (identity is not null)
        {
            report.SealedIdentity = sealer.Seal(identity, report.Id);
        }

        foreach (var person in submission.PersonsConcerned.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            report._personsConcerned.Add(new ReportPersonConcerned(report.Id, Guard.Text(person, ReportPersonConcerned.NameMaxLength, "person"), null, null));
        }

        // The reporter's own steps carry no actor and, when anonymous, only the date (Reg. 23.2).
        var at = report.ReporterTimestamp(clock);
        report.AddTransition(ReportEvent.Filed, ReportStatus.Received, null, at, null);
        report.Audit(null, "ReportFiled", report.Id.ToString(), $"category {report.Category}, anonymous {report.IsAnonymous}", at);
        return report;
    }

    /// <summary>The deadlines' dates as instants: the start of the next day in the organisation's zone.</summary>
    private void SetDeadlines(RegisterClock clock)
    {
        AcknowledgeDeadline = clock.StartOf(AcknowledgeBy.AddDays(1));
        FeedbackDeadline = clock.StartOf(FeedbackBy.AddDays(1));
    }

    void INumberedRecord.AssignNumber(string number) => Number = number;

    private DateTimeOffset ReporterTimestamp(RegisterClock clock) => IsAnonymous ? clock.StartOf(clock.Today) : clock.Now;

    private void AddTransition(ReportEvent @event, ReportStatus to, string? actor, DateTimeOffset at, string? note)
    {
        _transitions.Add(new ReportTransition(Id, _transitions.Count + 1, @event, Status, to, actor, at, note));
        Status = to;
    }
}
