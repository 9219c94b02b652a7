using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Investigations;

public sealed class ExplanationRequestTests : RegisterTestBase
{
    private const string EmployeeId = "aad-employee-7";

    private async Task<(ConfidentialReport Report, Employee Employee)> AcknowledgedAsync(RegistersDbContext db)
    {
        var filed = World.Intake.File(new ReportSubmission(ReportCategory.Bribery, "Cash in an envelope", null, [], false), identity: null);
        var employee = Employee.Create(EmployeeId, "tenant", "Marat Employee", "ru", World.Clock.Now);
        db.ConfidentialReports.Add(filed.Report);
        db.Employees.Add(employee);
        await World.AcknowledgeAsync(db, filed.Report, await World.OfficerAsync(db));
        await db.SaveChangesAsync();
        return (filed.Report, employee);
    }

    // Reg. 22.4: the assigned officer asks an employee for a written explanation with a deadline; the answer goes into the case.
    [Fact]
    public async Task Give_ByTheAddressee_IsRecordedOnce()
    {
        await using var db = Database.CreateContext();
        var (report, employee) = await AcknowledgedAsync(db);
        var request = ExplanationRequest.Request(report, await World.OfficerAsync(db), employee, "Explain the payment", World.Clock.Today.AddDays(5), World.Clock);
        db.Add(request);
        await db.SaveChangesAsync();

        request.Give(EmployeeId, "It was a refund", World.Clock.Now);
        await db.SaveChangesAsync();

        var again = Assert.Throws<DomainRuleException>(() => request.Give(EmployeeId, "Second answer", World.Clock.Now));
        Assert.Equal(DomainMessageKeys.ExplanationAlreadyAnswered, again.MessageKey);
        await using var read = Database.CreateContext();
        Assert.Equal("It was a refund", (await read.Set<ExplanationRequest>().SingleAsync()).Answer);
    }

    // Reg. 22.4: only the employee asked may answer.
    [Fact]
    public async Task Give_BySomeoneElse_IsRefused()
    {
        await using var db = Database.CreateContext();
        var (report, employee) = await AcknowledgedAsync(db);
        var request = ExplanationRequest.Request(report, await World.OfficerAsync(db), employee, "Explain", World.Clock.Today.AddDays(5), World.Clock);

        var error = Assert.Throws<DomainRuleException>(() => request.Give("someone-else", "Not me", World.Clock.Now));

        Assert.Equal(DomainMessageKeys.ExplanationNotAddressee, error.MessageKey);
    }

    // Reg. 22.4: the deadline must leave time to answer.
    [Fact]
    public async Task Request_DeadlineToday_IsRefused()
    {
        await using var db = Database.CreateContext();
        var (report, employee) = await AcknowledgedAsync(db);
        var officer = await World.OfficerAsync(db);

        var error = Assert.Throws<DomainRuleException>(() =>
            ExplanationRequest.Request(report, officer, employee, "Explain", World.Clock.Today, World.Clock));

        Assert.Equal(DomainMessageKeys.ExplanationDueDateInvalid, error.MessageKey);
    }

    // Reg. 22.3: only the officer handling the report may demand explanations.
    [Fact]
    public async Task Request_ByAnotherOfficer_IsRefused()
    {
        await using var db = Database.CreateContext();
        var (report, employee) = await AcknowledgedAsync(db);
        var other = await World.OfficerAsync(db, TestWorld.OfficerB);

        var error = Assert.Throws<DomainRuleException>(() =>
            ExplanationRequest.Request(report, other, employee, "Explain", World.Clock.Today.AddDays(3), World.Clock));

        Assert.Equal(DomainMessageKeys.NotAssignedOfficer, error.MessageKey);
    }

    // Reg. 22.4: an unanswered request past its last day is overdue and listed for the officer.
    [Fact]
    public async Task OverdueExplanationsAsync_PastDeadline_ListsTheRequest()
    {
        await using (var db = Database.CreateContext())
        {
            var (report, employee) = await AcknowledgedAsync(db);
            db.Add(ExplanationRequest.Request(report, await World.OfficerAsync(db), employee, "Explain", World.Clock.Today.AddDays(2), World.Clock));
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var deadlines = new ReportDeadlines(read, World.Clock);
        Assert.Empty(await deadlines.OverdueExplanationsAsync());
        World.Time.Advance(TimeSpan.FromDays(3));
        var overdue = Assert.Single(await deadlines.OverdueExplanationsAsync());
        Assert.True(overdue.IsOverdue(World.Clock.Today));
    }

    // Reg. 22.4: the due date is the last day to answer: overdue only from the next day, and never once answered.
    [Fact]
    public async Task IsOverdue_OnTheLastDayNot_TheDayAfterYes_AnsweredNever()
    {
        await using var db = Database.CreateContext();
        var (report, employee) = await AcknowledgedAsync(db);
        var dueOn = World.Clock.Today.AddDays(3);
        var request = ExplanationRequest.Request(report, await World.OfficerAsync(db), employee, "Explain", dueOn, World.Clock);

        Assert.False(request.IsOverdue(dueOn));
        Assert.True(request.IsOverdue(dueOn.AddDays(1)));

        request.Give(EmployeeId, "Late, but here it is", World.Clock.Now);
        Assert.False(request.IsOverdue(dueOn.AddDays(1)));
    }

    // Reg. 22.4: tomorrow is the earliest deadline; the request records who asked whom, about which report, by when.
    [Fact]
    public async Task Request_DeadlineTomorrow_IsAcceptedAndRecorded()
    {
        await using var db = Database.CreateContext();
        var (report, employee) = await AcknowledgedAsync(db);
        var tomorrow = World.Clock.Today.AddDays(1);

        var request = ExplanationRequest.Request(report, await World.OfficerAsync(db), employee, " Explain the payment ", tomorrow, World.Clock);

        Assert.Equal((report.Id, EmployeeId, "Marat Employee", "Explain the payment", TestWorld.OfficerA, tomorrow),
            (request.ReportId, request.EmployeeAadObjectId, request.EmployeeName, request.Question, request.RequestedBy, request.DueOn));
        Assert.False(request.IsAnswered);
        var audit = request.PendingAudit[^1];
        Assert.Equal(("ExplanationRequested", TestWorld.OfficerA), (audit.Action, audit.Actor));
    }
}
