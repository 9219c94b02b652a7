using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Investigations;

/// <summary>
/// The participation register: who took part in which unit or process, and when. It feeds the rule
/// that nobody checks a process they took part in during the previous three years (Reg. 24.1).
/// </summary>
public sealed class ParticipationRecord : AuditedAggregate
{
    public static readonly DomainRule ParticipationEndsAfterItStarts = new(nameof(ParticipationEndsAfterItStarts), "24.1", DomainMessageKeys.ParticipationPeriodInvalid);

    private ParticipationRecord()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        PersonAadObjectId = UnitOrProcess = ProcessKey = RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public string PersonAadObjectId { get; private set; }
    public string UnitOrProcess { get; private set; }
    public string ProcessKey { get; private set; }
    public DateOnly From { get; private set; }

    /// <summary>Last day, inclusive; null while the person still takes part.</summary>
    public DateOnly? To { get; private set; }
    public string RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public static ParticipationRecord Record(
        string personAadObjectId, string unitOrProcess, DateOnly from, DateOnly? to, string recordedBy, DateTimeOffset now)
    {
        if (to is { } end && end < from)
        {
            throw ParticipationEndsAfterItStarts.Refusal();
        }

        var record = new ParticipationRecord
        {
            Id = Guid.NewGuid(),
            PersonAadObjectId = Guard.Text(personAadObjectId, Employee.IdMaxLength, "person"),
            UnitOrProcess = Guard.Text(unitOrProcess, Investigations.ProcessKey.MaxLength, nameof(UnitOrProcess)),
            ProcessKey = Investigations.ProcessKey.Normalize(unitOrProcess),
            From = from,
            To = to,
            RecordedBy = Guard.Text(recordedBy, Employee.IdMaxLength, nameof(RecordedBy)),
            RecordedAt = now.ToUniversalTime(),
        };
        record.Audit(recordedBy, "ParticipationRecorded", record.Id.ToString(), null, now);
        return record;
    }

    /// <summary>Reg. 24.1: took part at any time in the three years up to <paramref name="today"/>.</summary>
    public bool OverlapsLastThreeYears(DateOnly today) => From <= today && (To ?? today) >= today.AddYears(-3);
}
