using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Trainings;

/// <summary>
/// One sitting of a training, with its own Outlook event (Reg. 14.7). The event id arrives once the outbox
/// created the event; attendance is recorded once, after the session has started.
/// </summary>
public sealed class TrainingSession : AuditedAggregate
{
    public const int EventIdMaxLength = 400;
    public static readonly DomainRule EventIdSetOnceRule = new("TrainingEventIdIsSetOnce", "Inv. 4", DomainMessageKeys.RegisterRowImmutable);
    public static readonly DomainRule AttendanceAfterStartRule = new("AttendanceIsRecordedAfterTheSessionStarts", "14.7", DomainMessageKeys.TrainingNotStarted);

    private readonly List<TrainingSeat> _seats = [];

    private TrainingSession()
    {
    }

    public Guid Id { get; private set; }
    public Guid TrainingId { get; private set; }
    public int Number { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public int DurationMinutes { get; private set; }
    public string? EventId { get; private set; }
    public DateTimeOffset? EventCreatedAt { get; private set; }
    public DateTimeOffset? AttendanceRecordedAt { get; private set; }
    public string? AttendanceRecordedBy { get; private set; }

    public IReadOnlyList<TrainingSeat> Seats => _seats;

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);

    internal static TrainingSession Create(Guid trainingId, int number, DateTimeOffset startsAt, int durationMinutes, IReadOnlyList<Invitee> invitees)
    {
        var session = new TrainingSession
        {
            Id = Guid.NewGuid(),
            TrainingId = trainingId,
            Number = number,
            StartsAt = startsAt.ToUniversalTime(),
            DurationMinutes = durationMinutes,
        };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var invitee in invitees.Where(i => seen.Add(i.AadObjectId)))
        {
            session._seats.Add(TrainingSeat.Invite(session.Id, invitee));
        }

        return session;
    }

    /// <summary>Stores the Outlook event id the outbox got back; a second, different id is refused.</summary>
    public void EventCreated(string eventId, DateTimeOffset now)
    {
        var id = Guard.Text(eventId, EventIdMaxLength, nameof(EventId));
        if (EventId is not null)
        {
            if (EventId == id)
            {
                return; // The outbox re-delivered after a crash: the same event, already stored.
            }

            throw EventIdSetOnceRule.Refusal();
        }

        EventId = id;
        EventCreatedAt = now.ToUniversalTime();
        Audit(null, "TrainingEventCreated", Id.ToString(), $"session {Number}", now);
    }

    /// <summary>
    /// Records who attended (Reg. 14.7, 21); each attended seat becomes a history entry. Once only, after the start.
    /// </summary>
    public IReadOnlyList<TrainingHistoryEntry> RecordAttendance(
        People.ActiveOfficer officer, IReadOnlySet<string> attendedAadObjectIds, string trainingTitle, RegisterClock clock)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(attendedAadObjectIds);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.Now;
        if (now < StartsAt)
        {
            throw AttendanceAfterStartRule.Refusal();
        }

        if (AttendanceRecordedAt is not null)
        {
            throw TrainingSeat.AttendanceOnceRule.Refusal();
        }

        AttendanceRecordedAt = now.ToUniversalTime();
        AttendanceRecordedBy = officer.AadObjectId;
        var history = new List<TrainingHistoryEntry>();
        foreach (var seat in _seats)
        {
            var attended = attendedAadObjectIds.Contains(seat.EmployeeAadObjectId);
            seat.MarkAttendance(attended);
            if (attended)
            {
                history.Add(TrainingHistoryEntry.FromSession(seat.EmployeeAadObjectId, TrainingId, Id, trainingTitle, clock.DateOf(StartsAt), officer.AadObjectId, now));
            }
        }

        Audit(officer.AadObjectId, "TrainingAttendanceRecorded", Id.ToString(), $"{history.Count} of {_seats.Count} attended", now);
        return history;
    }
}
