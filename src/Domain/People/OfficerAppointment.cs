using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.People;

/// <summary>
/// The director's decision appointing a compliance officer for a term (Reg. 6–7, 15, 17). Several may
/// overlap (a collegial service, Reg. 17); outside its term, or once terminated, it grants nothing.
/// </summary>
public sealed class OfficerAppointment : AuditedAggregate
{
    public static readonly DomainRule OfficerTermMustEndAfterItStarts = new(nameof(OfficerTermMustEndAfterItStarts), "15", DomainMessageKeys.OfficerTermInvalid);
    public static readonly DomainRule AppointmentIsTerminatedOnce = new(nameof(AppointmentIsTerminatedOnce), "17", DomainMessageKeys.AppointmentAlreadyTerminated);

    public const int DecisionNumberMaxLength = 100;
    public const int TerminationReasonMaxLength = 500;

    private OfficerAppointment()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        OfficerAadObjectId = DecisionNumber = RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public string OfficerAadObjectId { get; private set; }
    public string DecisionNumber { get; private set; }
    public DateOnly DecisionDate { get; private set; }
    public DateOnly TermStart { get; private set; }

    /// <summary>Last day of the term, inclusive (Reg. 15: the director sets the term).</summary>
    public DateOnly TermEnd { get; private set; }
    public string RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public DateOnly? TerminatedOn { get; private set; }
    public string? TerminatedBy { get; private set; }

    public static OfficerAppointment Record(
        string officerAadObjectId, string decisionNumber, DateOnly decisionDate, DateOnly termStart, DateOnly termEnd,
        string recordedBy, DateTimeOffset now)
    {
        if (termEnd < termStart)
        {
            throw OfficerTermMustEndAfterItStarts.Refusal();
        }

        var appointment = new OfficerAppointment
        {
            Id = Guid.NewGuid(),
            OfficerAadObjectId = Guard.Text(officerAadObjectId, Employee.IdMaxLength, "officer"),
            DecisionNumber = Guard.Text(decisionNumber, DecisionNumberMaxLength, nameof(DecisionNumber)),
            DecisionDate = decisionDate,
            TermStart = termStart,
            TermEnd = termEnd,
            RecordedBy = Guard.Text(recordedBy, Employee.IdMaxLength, nameof(RecordedBy)),
            RecordedAt = now.ToUniversalTime(),
        };
        appointment.Audit(recordedBy, "OfficerAppointed", appointment.Id.ToString(), $"term {termStart:O}..{termEnd:O}", now);
        return appointment;
    }

    /// <summary>Active on <paramref name="date"/> (organisation's calendar): within the term and not terminated before it.</summary>
    public bool IsActiveOn(DateOnly date) =>
        date >= TermStart && date <= TermEnd && (TerminatedOn is null || date < TerminatedOn);

    /// <summary>Over by <paramref name="date"/>: past its term, or terminated on or before it (the converse of "active now or later").</summary>
    public bool HasEndedOn(DateOnly date) => date > TermEnd || (TerminatedOn is not null && date >= TerminatedOn);

    /// <summary>
    /// Ends the term early from <paramref name="effectiveFrom"/> (a new decision of the director, Reg. 15–17); recorded
    /// once, the reason in the audit entry.
    /// </summary>
    public void Terminate(DateOnly effectiveFrom, string terminatedBy, DateTimeOffset now, string? reason = null)
    {
        if (TerminatedOn is not null)
        {
            throw AppointmentIsTerminatedOnce.Refusal();
        }

        TerminatedOn = effectiveFrom;
        TerminatedBy = Guard.Text(terminatedBy, Employee.IdMaxLength, nameof(TerminatedBy));
        var why = Guard.OptionalText(reason, TerminationReasonMaxLength, nameof(reason));
        Audit(terminatedBy, "OfficerAppointmentTerminated", Id.ToString(), why is null ? $"from {effectiveFrom:O}" : $"from {effectiveFrom:O}; reason: {why}", now);
    }
}
