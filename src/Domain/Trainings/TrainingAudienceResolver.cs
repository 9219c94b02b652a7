using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Trainings;

/// <summary>
/// Turns an audience definition into invitees from the Employee register (kept current by the directory sync).
/// Employees without a mail address cannot get an Outlook invitation and are left out; so are leavers (Reg. 14.7,
/// decision 132).
/// </summary>
public sealed class TrainingAudienceResolver(RegistersDbContext db, RegisterClock clock)
{
    public async Task<IReadOnlyList<Invitee>> ResolveAsync(TrainingAudience audience, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var employees = db.Employees.AsNoTracking().ActiveOn(clock.Today).Where(e => e.Mail != null);
        switch (audience.Kind)
        {
            case AudienceKind.Departments:
                var departments = audience.Values.ToList();
                employees = employees.Where(e => e.Department != null && departments.Contains(e.Department));
                break;
            case AudienceKind.People:
                var people = audience.Values.ToList();
                employees = employees.Where(e => people.Contains(e.AadObjectId));
                break;
            case AudienceKind.NotTrainedRecently:
                var since = clock.Today.AddMonths(-(audience.Months ?? 12));
                var trained = db.TrainingHistory.Where(h => h.CompletedOn >= since).Select(h => h.EmployeeAadObjectId);
                employees = employees.Where(e => !trained.Contains(e.AadObjectId));
                break;
        }

        var rows = await employees.OrderBy(e => e.DisplayName).ThenBy(e => e.AadObjectId)
            .Select(e => new { e.AadObjectId, e.Mail, e.DisplayName })
            .ToListAsync(ct);
        return rows.Select(r => new Invitee(r.AadObjectId, r.Mail!, r.DisplayName)).ToList();
    }

    /// <summary>The departments known from the directory, for the card's choice list.</summary>
    public async Task<IReadOnlyList<string>> DepartmentsAsync(CancellationToken ct = default) =>
        await db.Employees.AsNoTracking().Where(e => e.Department != null).Select(e => e.Department!).Distinct().OrderBy(d => d).ToListAsync(ct);
}
