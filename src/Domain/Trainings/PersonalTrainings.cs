using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Trainings;

/// <summary>One invitation of the person: the training, its session, their answer and whether they attended (Reg. 14.7).</summary>
public sealed record MyTrainingSeat(Guid SeatId, string Title, DateTimeOffset StartsAt, int DurationMinutes, InvitationResponse Response, bool? Attended);

/// <summary>One training the person completed, inside the organisation or outside (Reg. 14.7, 21).</summary>
public sealed record MyCompletedTraining(Guid Id, string Title, string? Provider, TrainingSource Source, DateOnly CompletedOn);

/// <summary>"My trainings" (decision 142): only the person's own rows, newest first, from indexed columns.</summary>
public sealed class PersonalTrainings(RegistersDbContext db)
{
    public const int MaxShown = 50;

    public async Task<IReadOnlyList<MyTrainingSeat>> InvitationsAsync(string aadObjectId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        return await (
                from seat in db.TrainingSeats.AsNoTracking()
                where seat.EmployeeAadObjectId == aadObjectId
                join session in db.TrainingSessions.AsNoTracking() on seat.SessionId equals session.Id
                join training in db.Trainings.AsNoTracking() on session.TrainingId equals training.Id
                orderby session.StartsAt descending
                select new MyTrainingSeat(seat.Id, training.Title, session.StartsAt, session.DurationMinutes, seat.Response, seat.Attended))
            .Take(MaxShown)
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<MyCompletedTraining>> CompletedAsync(string aadObjectId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        return await db.TrainingHistory.AsNoTracking()
            .Where(h => h.EmployeeAadObjectId == aadObjectId)
            .OrderByDescending(h => h.CompletedOn)
            .Take(MaxShown)
            .Select(h => new MyCompletedTraining(h.Id, h.Title, h.Provider, h.Source, h.CompletedOn))
            .ToListAsync(ct);
    }
}
