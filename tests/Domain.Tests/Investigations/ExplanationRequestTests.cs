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
}
