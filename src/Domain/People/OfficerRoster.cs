using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.People;

/// <summary>
/// Who is a compliance officer at a given moment (Reg. 6–7, 15–17). Never the configured director (Reg. 8,
/// <see cref="DirectorIsNeverAnOfficer"/>): an appointment of the director that reached the table by any path — a
/// database writer clearing a termination, say — grants nothing. Nor does the appointment of someone who has left
/// (<see cref="ActiveEmployees"/>, decision 135): until the director ends it, their cases, reviews and reminders go to
/// the other officers, as when a term ends.
/// </summary>
public sealed class OfficerRoster(RegistersDbContext db, RegisterClock clock, IOptions<OrganizationOptions>? organization = null)
{
    public static readonly DomainRule OnlyActiveOfficerRule = new("OnlyAnOfficerWithACurrentAppointmentMayAct", "6–7", DomainMessageKeys.NotAnActiveOfficer);

    /// <summary>The appointments active at <paramref name="at"/>; overlapping terms all count (Reg. 17).</summary>
    public async Task<IReadOnlyList<OfficerAppointment>> GetActiveAsync(DateTimeOffset at, CancellationToken ct = default)
    {
        var date = clock.DateOf(at);
        var candidates = await db.OfficerAppointments.AsNoTracking()
            .Where(a => a.TermStart <= date && a.TermEnd >= date)
            .ToListAsync(ct);
        var settings = organization?.Value ?? new OrganizationOptions();
        var leavers = await db.LeaversAmongAsync([.. candidates.Select(a => a.OfficerAadObjectId)], date, ct);
        return candidates.Where(a => a.IsActiveOn(date) && !DirectorIsNeverAnOfficer.IsDirector(a.OfficerAadObjectId, settings)
            && !leavers.Contains(a.OfficerAadObjectId)).ToList();
    }

    /// <summary>Active appointments whose term ends within <see cref="OfficerTerms.DaysAhead"/> days (Reg. 15: flag expiring terms).</summary>
    public async Task<IReadOnlyList<OfficerAppointment>> GetExpiringAsync(CancellationToken ct = default)
    {
        var today = clock.Today;
        var active = await GetActiveAsync(clock.Now, ct);
        return active.Where(a => OfficerTerms.IsExpiring(a, today)).OrderBy(a => a.TermEnd).ToList();
    }

    /// <summary>The proof a register method needs; refuses anyone without a current appointment.</summary>
    public async Task<ActiveOfficer> RequireActiveAsync(string aadObjectId, CancellationToken ct = default)
    {
        var appointment = (await GetActiveAsync(clock.Now, ct)).FirstOrDefault(a => a.OfficerAadObjectId == aadObjectId);
        return appointment is null
            ? throw OnlyActiveOfficerRule.Refusal()
            : new ActiveOfficer(appointment.OfficerAadObjectId, appointment.Id);
    }
}
