using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Trainings;

/// <summary>
/// An anti-corruption training seminar the service organises (Reg. 14.6, 14.7). Scheduled only by an active
/// officer; split into <see cref="Sessions"/> by room or meeting capacity. The training itself never changes.
/// </summary>
public sealed class Training : AuditedAggregate
{
    public const int TitleMaxLength = 200;
    public const int AgendaMaxLength = 4000;
    public const int RoomMaxLength = 200;
    public const int AudienceMaxLength = 4000;
    public const int MinDurationMinutes = 15;
    public const int MaxDurationMinutes = 480;

    public static readonly DomainRule StartMustBeInFutureRule = new("TrainingStartsInTheFuture", "14.7", DomainMessageKeys.TrainingStartInPast);
    public static readonly DomainRule DurationWithinLimitsRule = new("TrainingDurationWithinLimits", "14.7", DomainMessageKeys.TrainingDurationInvalid);
    public static readonly DomainRule PlaceRequiredRule = new("TrainingIsOnlineOrInARoom", "14.7", DomainMessageKeys.TrainingRoomRequired);
    public static readonly DomainRule AudienceNotEmptyRule = new("TrainingHasAtLeastOneAttendee", "14.7", DomainMessageKeys.TrainingAudienceEmpty);

    private readonly List<TrainingSession> _sessions = [];

    private Training()
    {
        Title = Agenda = Audience = ScheduledBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public string Title { get; private set; }
    public string Agenda { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public int DurationMinutes { get; private set; }
    public bool IsOnline { get; private set; }
    public string? Room { get; private set; }
    public AudienceKind AudienceKind { get; private set; }
    public string Audience { get; private set; }
    public string ScheduledBy { get; private set; }
    public DateTimeOffset ScheduledAt { get; private set; }

    public IReadOnlyList<TrainingSession> Sessions => _sessions;

    public TimeSpan Duration => TimeSpan.FromMinutes(DurationMinutes);

    /// <summary>Schedules a training; the <see cref="ActiveOfficer"/> proves the scheduler's appointment (Reg. 6–7, 14.7).</summary>
    public static Training Schedule(ActiveOfficer officer, TrainingPlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.StartsAt <= now)
        {
            throw StartMustBeInFutureRule.Refusal();
        }

        if (plan.DurationMinutes is < MinDurationMinutes or > MaxDurationMinutes)
        {
            throw DurationWithinLimitsRule.Refusal();
        }

        var room = Guard.OptionalText(plan.Room, RoomMaxLength, nameof(Room));
        if (!plan.IsOnline && room is null)
        {
            throw PlaceRequiredRule.Refusal();
        }

        var training = new Training
        {
            Id = Guid.NewGuid(),
            Title = Guard.Text(plan.Title, TitleMaxLength, nameof(Title)),
            Agenda = Guard.Text(plan.Agenda, AgendaMaxLength, nameof(Agenda)),
            StartsAt = plan.StartsAt.ToUniversalTime(),
            DurationMinutes = plan.DurationMinutes,
            IsOnline = plan.IsOnline,
            Room = plan.IsOnline ? null : room,
            AudienceKind = plan.Audience.Kind,
            Audience = Guard.Text(plan.Audience.Describe(), AudienceMaxLength, nameof(Audience)),
            ScheduledBy = officer.AadObjectId,
            ScheduledAt = now.ToUniversalTime(),
        };
        training.Audit(officer.AadObjectId, "TrainingScheduled", training.Id.ToString(), $"audience {plan.Audience.Kind}", now);
        return training;
    }

    /// <summary>Adds a session of invited attendees (ids and mail addresses from the Employee register).</summary>
    public TrainingSession AddSession(int number, DateTimeOffset startsAt, IReadOnlyList<Invitee> invitees)
    {
        ArgumentNullException.ThrowIfNull(invitees);
        if (invitees.Count == 0)
        {
            throw AudienceNotEmptyRule.Refusal();
        }

        var session = TrainingSession.Create(Id, number, startsAt, DurationMinutes, invitees);
        _sessions.Add(session);
        return session;
    }
}

/// <summary>What the officer entered on the card.</summary>
public sealed record TrainingPlan(
    string Title, string Agenda, DateTimeOffset StartsAt, int DurationMinutes, bool IsOnline, string? Room, TrainingAudience Audience);

/// <summary>An employee invited to a session.</summary>
public sealed record Invitee(string AadObjectId, string Email, string? DisplayName);
