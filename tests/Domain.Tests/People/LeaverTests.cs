using ComplianceBot.Domain.Attestation;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Domain.Tests.Attestation;
using ComplianceBot.Domain.Trainings;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.People;

/// <summary>
/// Leavers (decision 132): the row stays, but they are no longer enrolled, invited or reminded — attestation
/// (Reg. 14.12), trainings (Reg. 14.7), explanation reminders (Reg. 22.4). Employees e-0..e-3: e-0, e-2 in Finance.
/// </summary>
public sealed class LeaverTests : RegisterTestBase
{
    private AttestationRegister Register(RegistersDbContext db) => new(db, World.Roster(db), World.Clock);

    private async Task SeedAsync(params string[] leavers)
    {
        await using var db = Database.CreateContext();
        await AttestationTestData.SeedEmployeesAsync(db, 4, World.Clock.Now);
        await LeaveAsync(db, leavers);
    }

    private async Task LeaveAsync(RegistersDbContext db, params string[] ids)
    {
        foreach (var employee in await db.Employees.Where(e => ids.Contains(e.AadObjectId)).ToListAsync())
        {
            EmployeeDepartures.RecordLeft(db, employee, World.Clock.Today, World.Clock.Now);
        }

        await db.SaveChangesAsync();
    }

    // The row is kept and the change is in the audit chain; coming back clears it, also audited.
    [Fact]
    public async Task RecordLeftThenReturn_KeepsRowAndAuditsBoth()
    {
        await SeedAsync("e-1");
        await using var db = Database.CreateContext();
        var employee = await db.Employees.SingleAsync(e => e.AadObjectId == "e-1");
        Assert.Equal(World.Clock.Today, employee.LeftOn);

        EmployeeDepartures.RecordReturn(db, employee, World.Clock.Now);
        await db.SaveChangesAsync();

        Assert.Null((await db.Employees.AsNoTracking().SingleAsync(e => e.AadObjectId == "e-1")).LeftOn);
        var actions = await db.AuditEntries.Where(e => e.EntityId == "e-1").OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
        Assert.Equal([EmployeeDepartures.LeftAction, EmployeeDepartures.ReturnedAction], actions);
    }

    // Reg. 14.12: a new campaign enrols those still here; the leaver is not asked.
    [Fact]
    public async Task StartAsync_Leaver_IsNotEnrolled()
    {
        await SeedAsync("e-1");
        await using var db = Database.CreateContext();

        var (_, participants) = await Register(db).StartAsync(TestWorld.OfficerA, 2026, null);

        Assert.Equal(["e-0", "e-2", "e-3"], participants.Select(p => p.EmployeeAadObjectId));
    }

    // Reg. 14.12: someone enrolled who leaves during the campaign gets no further reminder.
    [Fact]
    public async Task DueForReminderAsync_LeftAfterEnrolment_IsNotReminded()
    {
        await SeedAsync();
        Guid id;
        await using (var start = Database.CreateContext())
        {
            id = (await Register(start).StartAsync(TestWorld.OfficerA, 2026, null)).Campaign.Id;
            await start.SaveChangesAsync();
            await LeaveAsync(start, "e-2");
        }

        World.Time.Advance(TimeSpan.FromDays(7));
        await using var db = Database.CreateContext();
        var campaign = await Register(db).FindAsync(id);

        var due = await Register(db).DueForReminderAsync(campaign, TimeSpan.FromDays(7), 3, 100);

        Assert.Equal(["e-0", "e-1", "e-3"], due.Select(p => p.EmployeeAadObjectId));
    }

    // Reg. 14.7: a department's training invites those of the department still here (all of them have a mail).
    [Fact]
    public async Task ResolveAsync_DepartmentWithLeaver_LeavesThemOut()
    {
        await SeedAsync("e-2");
        await using (var mail = Database.CreateContext())
        {
            foreach (var employee in await mail.Employees.ToListAsync())
            {
                employee.UpdateMail(employee.AadObjectId + "@contoso.kz", World.Clock.Now);
            }

            await mail.SaveChangesAsync();
        }

        await using var db = Database.CreateContext();
        var invitees = await new TrainingAudienceResolver(db, World.Clock).ResolveAsync(TrainingAudience.ForDepartments([AttestationTestData.Finance]));

        Assert.Equal(["e-0"], invitees.Select(i => i.AadObjectId));
    }

    // Reg. 22.4: the explanation reminder is not sent to someone who has left.
    [Fact]
    public async Task ExplanationsDueAsync_Leaver_IsNotReminded()
    {
        await SeedAsync();
        await using var db = Database.CreateContext();
        var report = World.Intake.File(new ReportSubmission(ReportCategory.Bribery, "Cash in an envelope", null, [], false), identity: null).Report;
        db.ConfidentialReports.Add(report);
        await World.AcknowledgeAsync(db, report, await World.OfficerAsync(db));
        var officer = await World.OfficerAsync(db);
        foreach (var employee in await db.Employees.Where(e => e.AadObjectId == "e-0" || e.AadObjectId == "e-1").ToListAsync())
        {
            db.Add(ExplanationRequest.Request(report, officer, employee, "Explain the payment", World.Clock.Today.AddDays(3), World.Clock));
        }

        await db.SaveChangesAsync();
        await LeaveAsync(db, "e-1");

        var due = await new ReportDeadlines(db, World.Clock).ExplanationsDueAsync(5);

        Assert.Equal(["e-0"], due.Select(r => r.EmployeeAadObjectId));
    }
}
