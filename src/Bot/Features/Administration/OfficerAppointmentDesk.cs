using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Administration;

/// <summary>
/// Records the director's decisions on officers (Reg. 6–7, 15–17) — the one path for the CLI's <c>officers appoint</c> /
/// <c>officers end</c> and the workspace's administration page (decision 141). The rules are the Domain's
/// (<see cref="OfficerAppointment.Record"/>, <see cref="OfficerAppointment.Terminate"/>, <see cref="DirectorIsNeverAnOfficer"/>);
/// each change is audited by the aggregate.
/// </summary>
public sealed class OfficerAppointmentDesk(RegistersDbContext db, RegisterClock clock, IOptions<OrganizationOptions> organization)
{
    /// <summary>
    /// Records an appointment from the director's decision <paramref name="decisionNumber"/> of <paramref name="decisionDate"/>.
    /// A person not yet in the directory is added with <paramref name="name"/> (the CLI's bootstrap of the first officer).
    /// </summary>
    public async Task<OfficerAppointment> AppointAsync(
        string officerAadObjectId, string name, string decisionNumber, DateOnly decisionDate, DateOnly from, DateOnly to,
        string recordedBy, string? tenantId = null, string? language = null, CancellationToken ct = default)
    {
        var now = clock.Now;
        DirectorIsNeverAnOfficer.Ensure(officerAadObjectId, organization.Value);
        var employee = await db.Employees.SingleOrDefaultAsync(e => e.AadObjectId == officerAadObjectId, ct);
        var tenant = tenantId ?? employee?.TenantId ?? "unknown";
        if (employee is null)
        {
            db.Employees.Add(Employee.Create(officerAadObjectId, tenant, name, language ?? organization.Value.DefaultLanguage, now));
        }
        else
        {
            employee.UpdateFromDirectory(tenant, name, employee.Department, employee.JobTitle, employee.ManagerAadObjectId, language ?? employee.PreferredLanguage, now);
        }

        var appointment = OfficerAppointment.Record(officerAadObjectId, decisionNumber, decisionDate, from, to, Actor(recordedBy), now);
        db.OfficerAppointments.Add(appointment);
        await db.SaveChangesAsync(ct);
        return appointment;
    }

    /// <summary>
    /// Ends every current or future appointment of the officer from <paramref name="from"/> (never before a term's start),
    /// with the reason in the audit; when the end is today or earlier, <paramref name="closeCards"/> (the declarations'
    /// <c>ReviewDelivery.CloseCardsOfAsync</c>, decision 121) queues the closing of their review cards in the same save.
    /// Returns how many appointments ended (0: none was current) and how many cards were closed.
    /// </summary>
    public async Task<(int Ended, int CardsClosed)> EndAsync(
        string officerAadObjectId, DateOnly from, string reason, string recordedBy, Func<string, CancellationToken, Task<int>> closeCards, CancellationToken ct = default)
    {
        var current = (await db.OfficerAppointments.Where(a => a.OfficerAadObjectId == officerAadObjectId && a.TerminatedOn == null).ToListAsync(ct))
            .Where(a => !a.HasEndedOn(clock.Today))
            .ToList();
        if (current.Count == 0)
        {
            return (0, 0);
        }

        foreach (var appointment in current)
        {
            appointment.Terminate(from < appointment.TermStart ? appointment.TermStart : from, Actor(recordedBy), clock.Now, reason);
        }

        ArgumentNullException.ThrowIfNull(closeCards);
        var closed = from <= clock.Today ? await closeCards(officerAadObjectId, ct) : 0;
        await db.SaveChangesAsync(ct);
        return (current.Count, closed);
    }

    private static string Actor(string recordedBy) => recordedBy[..Math.Min(recordedBy.Length, Employee.IdMaxLength)];
}
