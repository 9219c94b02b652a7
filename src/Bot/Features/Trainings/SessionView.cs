using ComplianceBot.Domain.Trainings;

namespace ComplianceBot.Bot.Features.Trainings;

/// <summary>What the trainings cards show of a session, so cards can be built from the register or from samples.</summary>
public sealed record SessionView(Guid Id, int Number, DateTimeOffset StartsAt, IReadOnlyList<SeatView> Seats)
{
    public static SessionView From(TrainingSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new(session.Id, session.Number, session.StartsAt, [.. session.Seats.Select(s => new SeatView(s.EmployeeAadObjectId, s.DisplayName ?? s.Email, s.Response))]);
    }
}

public sealed record SeatView(string AadObjectId, string Name, InvitationResponse Response);
