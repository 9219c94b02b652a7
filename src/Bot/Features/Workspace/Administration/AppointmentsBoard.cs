using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Workspace.Administration;

/// <summary>
/// The appointments register as the administration page lists it (Reg. 6–7, 15–17): every appointment, current and
/// future first, with its state and the expiring flag of <see cref="OfficerTerms"/> (Reg. 15). The register holds a few
/// rows per year, so one read (the (Officer, TermEnd) index serves the roster's own queries).
/// </summary>
public sealed class AppointmentsBoard(RegistersDbContext db, RegisterClock clock)
{
    public async Task<IReadOnlyList<AppointmentLine>> ListAsync(CancellationToken ct)
    {
        var today = clock.Today;
        var appointments = await db.OfficerAppointments.AsNoTracking().ToListAsync(ct);
        var ids = appointments.Select(a => a.OfficerAadObjectId).Distinct().ToList();
        var names = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.AadObjectId)).ToDictionaryAsync(e => e.AadObjectId, e => e.DisplayName, ct);
        return [.. appointments
            .Select(a => new AppointmentLine(a, names.GetValueOrDefault(a.OfficerAadObjectId) ?? a.OfficerAadObjectId, StateOf(a, today), OfficerTerms.IsExpiring(a, today)))
            .OrderBy(l => l.State == AppointmentState.Ended)
            .ThenByDescending(l => l.Appointment.TermStart)];
    }

    private static AppointmentState StateOf(OfficerAppointment a, DateOnly today) =>
        a.IsActiveOn(today) ? AppointmentState.Current : a.HasEndedOn(today) ? AppointmentState.Ended : AppointmentState.Future;
}

public enum AppointmentState
{
    Current,
    Future,
    Ended,
}

public sealed record AppointmentLine(OfficerAppointment Appointment, string Name, AppointmentState State, bool Expiring);
