using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Tests.Features.Reports;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Audit;

// design.md decision 3 and regulation invariant 4: every read of confidential data is audited with who and when.
public sealed class AuditedReadsTests
{
    [Fact]
    public async Task View_OfficerOpensACaseWithAnAnsweredExplanation_AuditsTheCaseReadAndTheAnswerRead()
    {
        using var app = new ReportsAppFactory();
        var client = app.CreateClient();
        var driver = new ReportFlowDriver(client);
        await app.AppointOfficerAsync();
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        var id = await ReportIdAsync(app);
        var employee = new TeamsUser("aad-employee-45", "29:employee-45", "Marat Employee", "a:conv-e-45");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            db.Employees.Add(Employee.Create(employee.AadObjectId, "tenant-1", employee.Name, "en", scope.ServiceProvider.GetRequiredService<RegisterClock>().Now));
            await db.SaveChangesAsync();
        }

        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await driver.OfficerAsync(ReportVerbs.Explain, id, ("explainPerson", employee.Name), ("question", "Explain the permit"), ("dueOn", due));
        var requestId = await WithDbAsync(app, db => db.Set<ExplanationRequest>().Select(e => e.Id).SingleAsync());
        await ReportActivities.PostAsync(client, ReportActivities.Execute(employee, ReportVerbs.AnswerExplanation, new()
        {
            ["requestId"] = requestId.ToString(), ["answer"] = "The permit was paid by card",
        }));
        var before = await WithDbAsync(app, db => db.AuditEntries.CountAsync(a => a.Action == AuditedReads.CaseRead));

        await driver.OfficerAsync(ReportVerbs.View, id);

        var reads = await WithDbAsync(app, db => db.AuditEntries.Where(a => a.Action == AuditedReads.CaseRead || a.Action == AuditedReads.ExplanationAnswerRead).ToListAsync());
        Assert.Equal(before + 1, reads.Count(r => r.Action == AuditedReads.CaseRead));
        Assert.Contains(reads, r => r.Action == AuditedReads.CaseRead && r.EntityId == id.ToString() && r.Actor == ReportsAppFactory.Officer);
        var answerRead = Assert.Single(reads, r => r.Action == AuditedReads.ExplanationAnswerRead);
        Assert.Equal(requestId.ToString(), answerRead.EntityId);
        Assert.Equal(ReportsAppFactory.Officer, answerRead.Actor);
        Assert.NotEqual(TimeSpan.Zero, answerRead.At.UtcDateTime.TimeOfDay);
        // The reads are chained like every other entry, with the key outside the database.
        Assert.True((await WithDbAsync(app, db => new AuditChainVerifier(db).VerifyAsync())).IsIntact);
    }

    [Fact]
    public async Task Panel_OfficerOpensThePanel_AuditsWhoSawIt()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");

        await driver.OfficerAsync(ReportVerbs.Panel, Guid.Empty);

        var read = await WithDbAsync(app, db => db.AuditEntries.SingleAsync(a => a.Action == AuditedReads.OfficerPanelRead));
        Assert.Equal(ReportsAppFactory.Officer, read.Actor);
        Assert.Equal("open reports 1, overdue explanations 0", read.Details);
    }

    // The employee's own steps write no read entry: the reads audited are officers' (and stay off employees' turns).
    [Fact]
    public async Task File_EmployeeFilesAReport_WritesNoReadEntry()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();

        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");

        string[] reads = [AuditedReads.CaseRead, AuditedReads.ExplanationAnswerRead, AuditedReads.OfficerPanelRead, AuditedReads.RegistersRead];
        Assert.False(await WithDbAsync(app, db => db.AuditEntries.AnyAsync(a => reads.Contains(a.Action))));
    }

    private static Task<Guid> ReportIdAsync(ReportsAppFactory app) => WithDbAsync(app, db => db.ConfidentialReports.Select(r => r.Id).SingleAsync());

    private static async Task<T> WithDbAsync<T>(ReportsAppFactory app, Func<RegistersDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<RegistersDbContext>());
    }
}
