using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Trainings;

/// <summary>
/// A training an employee completed (Reg. 14.7), including the officers' own qualification training by
/// authorized bodies and professional organisations (Reg. 21). Written once, never changed.
/// </summary>
public sealed class TrainingHistoryEntry : AuditedAggregate
{
    public const int ProviderMaxLength = 300;
    public static readonly DomainRule CompletedInThePastRule = new("TrainingCompletedInThePast", "21", DomainMessageKeys.TrainingCompletionInFuture);

    private TrainingHistoryEntry()
    {
        EmployeeAadObjectId = Title = RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public string EmployeeAadObjectId { get; private set; }
    public Guid? TrainingId { get; private set; }
    public Guid? SessionId { get; private set; }
    public string Title { get; private set; }
    public string? Provider { get; private set; }
    public TrainingSource Source { get; private set; }
    public DateOnly CompletedOn { get; private set; }
    public string RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    internal static TrainingHistoryEntry FromSession(
        string employee, Guid trainingId, Guid sessionId, string title, DateOnly completedOn, string recordedBy, DateTimeOffset now)
    {
        var entry = New(employee, title, null, TrainingSource.Internal, completedOn, recordedBy, now);
        entry.TrainingId = trainingId;
        entry.SessionId = sessionId;
        return entry;
    }

    /// <summary>
    /// An outside training (Reg. 21: the responsible person keeps raising qualifications). An officer records
    /// it for anyone, their own included; it cannot be dated in the future.
    /// </summary>
    public static TrainingHistoryEntry RecordExternal(
        ActiveOfficer officer, string employee, string title, string provider, DateOnly completedOn, RegisterClock clock)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(clock);
        if (completedOn > clock.Today)
        {
            throw CompletedInThePastRule.Refusal();
        }

        return New(employee, title, Guard.Text(provider, ProviderMaxLength, nameof(Provider)), TrainingSource.External, completedOn, officer.AadObjectId, clock.Now);
    }

    private static TrainingHistoryEntry New(
        string employee, string title, string? provider, TrainingSource source, DateOnly completedOn, string recordedBy, DateTimeOffset now)
    {
        var entry = new TrainingHistoryEntry
        {
            Id = Guid.NewGuid(),
            EmployeeAadObjectId = Guard.Text(employee, Employee.IdMaxLength, nameof(EmployeeAadObjectId)),
            Title = Guard.Text(title, Training.TitleMaxLength, nameof(Title)),
            Provider = provider,
            Source = source,
            CompletedOn = completedOn,
            RecordedBy = recordedBy,
            RecordedAt = now.ToUniversalTime(),
        };
        entry.Audit(recordedBy, "TrainingCompleted", entry.Id.ToString(), source.ToString(), now);
        return entry;
    }
}
