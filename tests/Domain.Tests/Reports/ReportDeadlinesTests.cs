using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Domain.Tests.Reports;

/// <summary>
/// The deadlines the reminders are built from: the 3-month feedback (Reg. 22.3) to the assigned officer and the
/// written explanation (Reg. 22.4) to the employee asked. Filed on 2026-03-10: feedback due 2026-06-10.
/// </summary>
public sealed class ReportDeadlinesTests : RegisterTestBase
{
    private static readonly DateOnly FeedbackDue = new(2026, 6, 10);

    private async Task<ConfidentialReport> AcknowledgedAsync(RegistersDbContext db)
    {
        var report = World.Intake.File(new ReportSubmission(ReportCategory.Bribery, "Cash in an envelope", null, [], false), identity: null).Report;
        db.ConfidentialReports.Add(report);
        await World.AcknowledgeAsync(db, report, await World.OfficerAsync(db));
        await db.SaveChangesAsync();
        return report;
    }

    private void Today(DateOnly day) => World.Time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero));

    // Reg. 22.3: the feedback reminder goes N days before the 3-month deadline, not N+1, to the officer handling it.
    [Fact]
    public async Task FeedbackDueAsync_ExactlyDaysBeforeTheThreeMonthDeadline_ListsItForTheAssignedOfficer()
    {
        await using var db = Database.CreateContext();
        var report = await AcknowledgedAsync(db);
        Today(FeedbackDue.AddDays(-14));
        var deadlines = new ReportDeadlines(db, World.Clock);

        var due = Assert.Single(await deadlines.FeedbackDueAsync(14));
        Assert.Empty(await deadlines.FeedbackDueAsync(13));

        Assert.Equal(new ReportDeadline(report.Id, report.Number!, ReportStatus.Acknowledged, FeedbackDue, TestWorld.OfficerA), due);
    }

    // Reg. 22.3: a report closed with its feedback owes nothing more, even past the deadline.
    [Fact]
    public async Task FeedbackDueAsync_ClosedReport_IsNotListed()
    {
        await using var db = Database.CreateContext();
        var report = await AcknowledgedAsync(db);
        var officer = await World.OfficerAsync(db);
        report.StartReview(officer, World.Clock.Now);
        report.Close(officer, ReportOutcome.NotSubstantiated, "Checked: no violation found", World.Clock.Now);
        await db.SaveChangesAsync();
        Today(FeedbackDue.AddDays(1));

        Assert.Empty(await new ReportDeadlines(db, World.Clock).FeedbackDueAsync(0));
    }

    // Reg. 22.3: acknowledging ends the acknowledgement reminders; the 7-day deadline is the horizon's edge.
    [Fact]
    public async Task AcknowledgementsDueAsync_ReceivedOnlyAndUpToTheHorizon()
    {
        await using var db = Database.CreateContext();
        var waiting = World.Intake.File(new ReportSubmission(ReportCategory.Procurement, "Tender", null, [], false), identity: null).Report;
        db.ConfidentialReports.Add(waiting);
        await AcknowledgedAsync(db);
        var deadlines = new ReportDeadlines(db, World.Clock);

        Assert.Empty(await deadlines.AcknowledgementsDueAsync(6));
        var due = Assert.Single(await deadlines.AcknowledgementsDueAsync(7));

        Assert.Equal((waiting.Id, waiting.Number, ReportStatus.Received, new DateOnly(2026, 3, 17)), (due.ReportId, due.Number, due.Status, due.DueOn));
    }

    // Reg. 22.4: the employee is reminded N days before the explanation's last day, until they answer.
    [Fact]
    public async Task ExplanationsDueAsync_UnansweredWithinHorizon_ListedUntilAnswered()
    {
        await using var db = Database.CreateContext();
        var report = await AcknowledgedAsync(db);
        var employee = Employee.Create("aad-employee-7", "tenant", "Marat Employee", "ru", World.Clock.Now);
        db.Employees.Add(employee);
        var request = ExplanationRequest.Request(report, await World.OfficerAsync(db), employee, "Explain the payment", World.Clock.Today.AddDays(5), World.Clock);
        db.Add(request);
        await db.SaveChangesAsync();
        var deadlines = new ReportDeadlines(db, World.Clock);

        Assert.Empty(await deadlines.ExplanationsDueAsync(4));
        Assert.Equal(request.Id, Assert.Single(await deadlines.ExplanationsDueAsync(5)).Id);

        request.Give("aad-employee-7", "It was a refund", World.Clock.Now);
        await db.SaveChangesAsync();
        Assert.Empty(await deadlines.ExplanationsDueAsync(5));
    }
    // Reg. 22.4: an explanation is overdue from the day after its last day, not on it; the oldest comes first.
    [Fact]
    public async Task OverdueExplanationsAsync_PastTheLastDayOnly_OldestFirst()
    {
        await using var db = Database.CreateContext();
        var report = await AcknowledgedAsync(db);
        var officer = await World.OfficerAsync(db);
        var employee = Employee.Create("aad-employee-8", "tenant", "Marat Employee", "ru", World.Clock.Now);
        db.Employees.Add(employee);
        var requests = new[] { 4, 2, 3 }.Select(days =>
            ExplanationRequest.Request(report, officer, employee, "Explain the payment", World.Clock.Today.AddDays(days), World.Clock)).ToList();
        db.AddRange(requests);
        await db.SaveChangesAsync();
        var deadlines = new ReportDeadlines(db, World.Clock);
        Today(World.Clock.Today.AddDays(4));

        var overdue = await deadlines.OverdueExplanationsAsync();

        Assert.Equal([requests[1].Id, requests[2].Id], overdue.Select(r => r.Id));
    }
}
