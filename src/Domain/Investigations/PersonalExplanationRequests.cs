using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Investigations;

/// <summary>A written explanation asked of the person (Reg. 22.4): the question, its last day, whether they answered.</summary>
public sealed record MyExplanationRequest(Guid Id, string Question, DateOnly DueOn, DateTimeOffset? AnsweredAt);

/// <summary>
/// "My explanation requests" (decision 142): only those addressed to the person, as the chat shows only the addressee
/// the question (<see cref="ExplanationRequest.EnsureAddressee"/>); never the case, the reporter or who asked.
/// </summary>
public sealed class PersonalExplanationRequests(RegistersDbContext db)
{
    public const int MaxShown = 50;

    public async Task<IReadOnlyList<MyExplanationRequest>> AddressedToAsync(string aadObjectId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        return await db.Set<ExplanationRequest>().AsNoTracking()
            .Where(e => e.EmployeeAadObjectId == aadObjectId)
            .OrderByDescending(e => e.DueOn)
            .Take(MaxShown)
            .Select(e => new MyExplanationRequest(e.Id, e.Question, e.DueOn, e.AnsweredAt))
            .ToListAsync(ct);
    }
}
