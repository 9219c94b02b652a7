using ComplianceBot.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.People;

/// <summary>
/// People at their edges: directory data checked and kept (decision 132), leaving and coming back audited once,
/// an officer's term (Reg. 15–17) and its expiry flag (Reg. 15), the director never an officer (Reg. 8).
/// </summary>
public sealed class PeopleBoundaryTests : RegisterTestBase
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 14, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public void Create_TrimsDirectoryTextsUnknownLanguageFallsBackToKazakh()
    {
        var employee = Employee.Create(" e-1 ", " tenant ", " Serik Bekov ", "de", At);

        Assert.Equal(("e-1", "tenant", "Serik Bekov", "kk"), (employee.AadObjectId, employee.TenantId, employee.DisplayName, employee.PreferredLanguage));
        Assert.Equal((At, TimeSpan.Zero), (employee.UpdatedAt, employee.UpdatedAt.Offset));
        Assert.Equal(["kk", "ru", "en"], Employee.Languages);
    }

    [Fact]
    public void UpdateFromDirectory_KnownLanguageAndOptionalFieldsAreKept()
    {
        var employee = Employee.Create("e-1", "tenant", "Serik Bekov", "ru", At);
        Assert.Equal("ru", employee.PreferredLanguage);

        employee.UpdateFromDirectory("tenant", "Serik Bekov", " Finance ", " Accountant ", " m-1 ", "en", At.AddDays(1));

        Assert.Equal(("Finance", "Accountant", "m-1", "en"), (employee.Department, employee.JobTitle, employee.ManagerAadObjectId, employee.PreferredLanguage));
        Assert.Equal(At.AddDays(1), employee.UpdatedAt);
    }

    [Fact]
    public void UpdateFromDirectory_TextsLongerThanTheirColumns_AreRefused()
    {
        var employee = Employee.Create("e-1", "tenant", "Serik Bekov", "kk", At);
        var name = new string('n', Employee.NameMaxLength + 1);
        var id = new string('i', Employee.IdMaxLength + 1);

        foreach (var update in new Action[]
        {
            () => employee.UpdateFromDirectory(id, "Serik", null, null, null, "kk", At),
            () => employee.UpdateFromDirectory("tenant", name, null, null, null, "kk", At),
            () => employee.UpdateFromDirectory("tenant", "Serik", name, null, null, "kk", At),
            () => employee.UpdateFromDirectory("tenant", "Serik", null, name, null, "kk", At),
            () => employee.UpdateFromDirectory("tenant", "Serik", null, null, id, "kk", At),
            () => employee.UpdateMail(new string('m', Employee.MailMaxLength + 1), At),
        })
        {
            Assert.Equal(DomainMessageKeys.FieldTooLong, Assert.Throws<DomainRuleException>(update).MessageKey);
        }

        Assert.Equal(DomainMessageKeys.RequiredFieldMissing, Assert.Throws<DomainRuleException>(() => Employee.Create(" ", "tenant", "Serik", "kk", At)).MessageKey);
    }

    // A delta round may omit the mail: a blank value keeps the known address and its time.
    [Fact]
    public void UpdateMail_BlankKeepsTheKnownAddress()
    {
        var employee = Employee.Create("e-1", "tenant", "Serik Bekov", "kk", At);

        employee.UpdateMail(" s.bekov@example.kz ", At.AddHours(1));
        employee.UpdateMail("  ", At.AddHours(2));

        Assert.Equal(("s.bekov@example.kz", At.AddHours(1)), (employee.Mail, employee.UpdatedAt));
    }

    // Decision 132: the first day a person left stays; coming back clears it; each is recorded once.
    [Fact]
    public void MarkLeftAndReturned_RecordOnceAndKeepTheFirstDay()
    {
        var employee = Employee.Create("e-1", "tenant", "Serik Bekov", "kk", At);
        var day = new DateOnly(2026, 3, 10);

        Assert.False(employee.MarkReturned(At));
        Assert.True(employee.MarkLeft(day, At.AddHours(1)));
        Assert.Equal(At.AddHours(1), employee.UpdatedAt);
        Assert.False(employee.MarkLeft(day.AddDays(5), At.AddHours(2)));
        Assert.Equal((day, At.AddHours(1)), (employee.LeftOn, employee.UpdatedAt));

        Assert.True(employee.MarkReturned(At.AddHours(3)));
        Assert.Equal(((DateOnly?)null, At.AddHours(3)), (employee.LeftOn, employee.UpdatedAt));
    }

    [Fact]
    public async Task RecordLeft_AuditsTheDayAsTheDirectoryOnceOnly()
    {
        await using var db = Database.CreateContext();
        var employee = Employee.Create("e-1", "tenant", "Serik Bekov", "kk", World.Clock.Now);
        db.Employees.Add(employee);

        EmployeeDepartures.RecordLeft(db, employee, new DateOnly(2026, 3, 9), World.Clock.Now);
        EmployeeDepartures.RecordLeft(db, employee, new DateOnly(2026, 3, 10), World.Clock.Now);
        EmployeeDepartures.RecordReturn(db, employee, World.Clock.Now);
        EmployeeDepartures.RecordReturn(db, employee, World.Clock.Now);
        await db.SaveChangesAsync();

        var entries = await db.AuditEntries.Where(e => e.EntityId == "e-1").OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([("directory", "EmployeeLeft", "Employee", "2026-03-09"), ("directory", "EmployeeReturned", "Employee", null)],
            entries.Select(e => (e.Actor, e.Action, e.EntityType, e.Details)));
    }

    [Fact]
    public async Task ActiveOnAndLeavers_LeftThatDayOrBefore_HasLeftLaterHasNot()
    {
        await using (var db = Database.CreateContext())
        {
            foreach (var (id, left) in new[] { ("e-before", (DateOnly?)new DateOnly(2026, 3, 9)), ("e-today", new DateOnly(2026, 3, 10)), ("e-later", new DateOnly(2026, 3, 11)), ("e-here", null) })
            {
                var employee = Employee.Create(id, "tenant", id, "kk", World.Clock.Now);
                if (left is { } day)
                {
                    employee.MarkLeft(day, World.Clock.Now);
                }

                db.Employees.Add(employee);
            }

            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var today = new DateOnly(2026, 3, 10);
        Assert.Equal(["e-here", "e-later"], await read.Employees.ActiveOn(today).Select(e => e.AadObjectId).OrderBy(id => id).ToListAsync());
        Assert.Equal(["e-before", "e-today"], await read.LeaverIds(today).OrderBy(id => id).ToListAsync());
        Assert.Equal(["e-today"], await read.LeaversAmongAsync(["e-today", "e-later", "unknown"], today));
        Assert.Empty(await read.LeaversAmongAsync([], today));
    }

    [Fact]
    public void Record_AuditsTheDirectorsDecisionWithTheTerm()
    {
        var appointment = OfficerAppointment.Record(" officer-c ", " D-7/2026 ", new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 2), new DateOnly(2026, 12, 31), TestWorld.Director, At);

        Assert.Equal(("officer-c", "D-7/2026", new DateOnly(2026, 2, 1), TestWorld.Director), (appointment.OfficerAadObjectId, appointment.DecisionNumber, appointment.DecisionDate, appointment.RecordedBy));
        Assert.Equal((At, TimeSpan.Zero), (appointment.RecordedAt, appointment.RecordedAt.Offset));
        var audit = Assert.Single(appointment.PendingAudit);
        Assert.Equal((TestWorld.Director, "OfficerAppointed", appointment.Id.ToString(), "term 2026-02-02..2026-12-31"), (audit.Actor, audit.Action, audit.EntityId, audit.Details));
    }

    // Reg. 15–17: the early end is recorded with who and the reason; without a reason the audit names only the day.
    [Fact]
    public void Terminate_AuditsTheDayAndTheReasonWhenGiven()
    {
        var withReason = Appointment();
        withReason.Terminate(new DateOnly(2026, 6, 1), $" {TestWorld.Director} ", At, "  moves to another post ");
        Assert.Equal((new DateOnly(2026, 6, 1), TestWorld.Director), (withReason.TerminatedOn, withReason.TerminatedBy));
        Assert.Equal(("OfficerAppointmentTerminated", "from 2026-06-01; reason: moves to another post"), (withReason.PendingAudit[^1].Action, withReason.PendingAudit[^1].Details));

        var without = Appointment();
        without.Terminate(new DateOnly(2026, 6, 1), TestWorld.Director, At, " ");
        Assert.Equal("from 2026-06-01", without.PendingAudit[^1].Details);
        Assert.Equal(DomainMessageKeys.FieldTooLong, Assert.Throws<DomainRuleException>(() => Appointment().Terminate(new DateOnly(2026, 6, 1), TestWorld.Director, At, new string('r', OfficerAppointment.TerminationReasonMaxLength + 1))).MessageKey);
    }

    [Fact]
    public void HasEndedOn_AfterTheLastDayOrFromTheTerminationDay()
    {
        var appointment = Appointment();
        Assert.False(appointment.HasEndedOn(new DateOnly(2026, 12, 31)));
        Assert.True(appointment.HasEndedOn(new DateOnly(2027, 1, 1)));

        appointment.Terminate(new DateOnly(2026, 6, 1), TestWorld.Director, At);
        Assert.False(appointment.HasEndedOn(new DateOnly(2026, 5, 31)));
        Assert.True(appointment.HasEndedOn(new DateOnly(2026, 6, 1)));
        Assert.False(appointment.IsActiveOn(new DateOnly(2026, 6, 1)));
        Assert.True(appointment.IsActiveOn(new DateOnly(2026, 5, 31)));
    }

    // Reg. 15: flagged from 30 days before the last day, while active and not ended early.
    [Fact]
    public void IsExpiring_FromThirtyDaysBeforeTheLastDay()
    {
        var appointment = Appointment();

        Assert.False(OfficerTerms.IsExpiring(appointment, new DateOnly(2026, 11, 30)));
        Assert.True(OfficerTerms.IsExpiring(appointment, new DateOnly(2026, 12, 1)));
        Assert.True(OfficerTerms.IsExpiring(appointment, new DateOnly(2026, 12, 31)));
        Assert.False(OfficerTerms.IsExpiring(appointment, new DateOnly(2027, 1, 1)));
        appointment.Terminate(new DateOnly(2027, 1, 1), TestWorld.Director, At);
        Assert.False(OfficerTerms.IsExpiring(appointment, new DateOnly(2026, 12, 10)));
        Assert.Throws<ArgumentNullException>(() => OfficerTerms.IsExpiring(null!, new DateOnly(2026, 12, 10)));
    }

    [Fact]
    public void TermKeys_NameTheAppointmentAndTheRecipient()
    {
        var id = Guid.Parse("11111111-2222-3333-4444-555555555555");

        Assert.Equal("officer-term:11111111-2222-3333-4444-555555555555:director-mail", OfficerTerms.DirectorMailKey(id));
        Assert.Equal("officer-term:11111111-2222-3333-4444-555555555555:director-card", OfficerTerms.DirectorCardKey(id));
        Assert.Equal("officer-term:11111111-2222-3333-4444-555555555555:officer", OfficerTerms.OfficerCardKey(id));
    }

    // Reg. 8: a blank or missing id is never the director, nor is anyone when no director is configured.
    [Fact]
    public void IsDirector_BlankOrUnconfigured_IsNobody()
    {
        Assert.False(DirectorIsNeverAnOfficer.IsDirector(null, new OrganizationOptions { DirectorAadObjectId = TestWorld.Director }));
        Assert.False(DirectorIsNeverAnOfficer.IsDirector(TestWorld.Director, new OrganizationOptions { DirectorAadObjectId = " " }));
        Assert.True(DirectorIsNeverAnOfficer.IsDirector($" {TestWorld.Director.ToUpperInvariant()} ", new OrganizationOptions { DirectorAadObjectId = $"{TestWorld.Director} " }));
        Assert.Throws<ArgumentNullException>(() => DirectorIsNeverAnOfficer.Ensure(TestWorld.Director, null!));
        Assert.Equal("8", DirectorIsNeverAnOfficer.Rule.Clause);
    }

    [Fact]
    public void IsKnownTimeZone_AlmatyYesBlankOrUnknownNo()
    {
        Assert.True(OrganizationOptions.IsKnownTimeZone("Asia/Almaty"));
        Assert.False(OrganizationOptions.IsKnownTimeZone(" "));
        Assert.False(OrganizationOptions.IsKnownTimeZone("Mars/Olympus"));
    }

    private static OfficerAppointment Appointment() => OfficerAppointment.Record(
        "officer-c", "D-7/2026", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5), new DateOnly(2026, 12, 31), TestWorld.Director, At);
}
