using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.Reports;

public sealed class NamedReportAndExplanationTests
{
    // Reg. 23.2: the assigned officer reads a named reporter's identity, audited; the reporter's notice of a new
    // message carries no content.
    [Fact]
    public async Task ShowIdentity_AssignedOfficer_SeesNameAndReadingIsAudited_NoticeHasNoContent()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await driver.FileAsync(ReportFlowDriver.Reporter, "named");
        var id = await ReportIdAsync(app);
        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);

        var shown = await driver.OfficerAsync(ReportVerbs.ShowIdentity, id);
        await driver.OfficerAsync(ReportVerbs.Message, id, ("messageText", "Secret question about the tender"));

        Assert.Contains(ReportActivities.Texts(shown), t => t.Contains(ReportFlowDriver.Reporter.Name, StringComparison.Ordinal));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "ReporterIdentityRead" && a.Actor == ReportsAppFactory.Officer));
        // Decision 117: the notice's row names the report (the delivery unseals the recipient at send time), never the
        // reporter; its text says nothing of the message.
        var notice = await db.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.ReporterNotice);
        Assert.Equal(ReporterNoticeDelivery.Recipient, notice.Recipient);
        Assert.DoesNotContain("Secret question", notice.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportFlowDriver.Reporter.AadObjectId, notice.Payload + notice.IdempotencyKey + notice.Recipient, StringComparison.Ordinal);
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Recipient == ReportFlowDriver.Reporter.AadObjectId));
    }

    // Reg. 23.2: an officer who is not assigned cannot read the identity; the refusal is shown.
    [Fact]
    public async Task ShowIdentity_OfficerNotAssigned_IsRefused()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await driver.FileAsync(ReportFlowDriver.Reporter, "named");
        var id = await ReportIdAsync(app);

        var refused = await driver.OfficerAsync(ReportVerbs.ShowIdentity, id);

        Assert.DoesNotContain(ReportActivities.Texts(refused), t => t.Contains(ReportFlowDriver.Reporter.Name, StringComparison.Ordinal));
        Assert.Contains(ReportActivities.Texts(refused), t => t.StartsWith("Refused:", StringComparison.Ordinal));
    }

    // Reg. 22.4: the officer asks an employee; the employee's card goes through the outbox; the answer lands in the case.
    [Fact]
    public async Task Explain_RequestThenAnswer_AnswerIsRecordedInTheCase()
    {
        using var app = new ReportsAppFactory();
        var client = app.CreateClient();
        var driver = new ReportFlowDriver(client);
        await app.AppointOfficerAsync();
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        var id = await ReportIdAsync(app);
        var employee = new TeamsUser("aad-employee-44", "29:employee-44", "Marat Employee", "a:conv-e-44");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            db.Employees.Add(Employee.Create(employee.AadObjectId, "tenant-1", employee.Name, "en", scope.ServiceProvider.GetRequiredService<RegisterClock>().Now));
            await db.SaveChangesAsync();
        }

        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await driver.OfficerAsync(ReportVerbs.Explain, id, ("explainPerson", employee.Name), ("question", "Explain the permit"), ("dueOn", due));
        Guid requestId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            requestId = (await db.Set<ExplanationRequest>().SingleAsync()).Id;
            Assert.True(await db.OutboxMessages.AnyAsync(m => m.Recipient == employee.AadObjectId && m.IdempotencyKey == $"explanation:{requestId}"));
        }

        await ReportActivities.PostAsync(client, ReportActivities.Execute(employee, ReportVerbs.AnswerExplanation, new()
        {
            ["requestId"] = requestId.ToString(), ["answer"] = "The permit was paid by card",
        }));

        var officerView = await driver.OfficerAsync(ReportVerbs.View, id);
        Assert.Contains(ReportActivities.Texts(officerView), t => t.Contains("The permit was paid by card", StringComparison.Ordinal));
    }

    // Reg. 22.4 with decision 121 (authorization before rendering): anyone but the employee asked — another employee,
    // with or without an answer — gets the refusal alone, never the question, and no answer is recorded.
    [Theory]
    [InlineData("")]
    [InlineData("I answer for Marat")]
    public async Task AnswerExplanation_NotTheAddressee_IsRefusedWithoutTheQuestion(string answer)
    {
        using var app = new ReportsAppFactory();
        var client = app.CreateClient();
        var driver = new ReportFlowDriver(client);
        await app.AppointOfficerAsync();
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        var id = await ReportIdAsync(app);
        var employee = new TeamsUser("aad-employee-44", "29:employee-44", "Marat Employee", "a:conv-e-44");
        var other = new TeamsUser("aad-employee-45", "29:employee-45", "Aigul Other", "a:conv-e-45");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            db.Employees.Add(Employee.Create(employee.AadObjectId, "tenant-1", employee.Name, "en", scope.ServiceProvider.GetRequiredService<RegisterClock>().Now));
            await db.SaveChangesAsync();
        }

        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await driver.OfficerAsync(ReportVerbs.Explain, id, ("explainPerson", employee.Name), ("question", "Explain the permit for warehouse 7"), ("dueOn", due));
        Guid requestId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            requestId = (await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().Set<ExplanationRequest>().SingleAsync()).Id;
        }

        var refused = ReportActivities.Card(await ReportActivities.PostAsync(client, ReportActivities.Execute(other, ReportVerbs.AnswerExplanation, new()
        {
            ["requestId"] = requestId.ToString(), ["answer"] = answer,
        })));

        Assert.Contains(ReportActivities.Texts(refused), t => t.StartsWith("Refused:", StringComparison.Ordinal));
        Assert.DoesNotContain("warehouse 7", refused.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(employee.Name, refused.GetRawText(), StringComparison.Ordinal);
        await using var read = app.Services.CreateAsyncScope();
        Assert.Null((await read.ServiceProvider.GetRequiredService<RegistersDbContext>().Set<ExplanationRequest>().SingleAsync()).Answer);
    }

    // Reg. 22.3: a reminder before the acknowledgement deadline is queued once, however often the pass runs.
    [Fact]
    public async Task QueueAsync_RunTwice_QueuesEachReminderOnce()
    {
        using var app = new ReportsAppFactory();
        app.Settings["Reports:Reminders:AcknowledgementDaysBefore"] = "10";
        app.Settings["Reports:Reminders:Interval"] = "1.00:00:00";
        // The test runs the passes itself: the host's own first pass, late on a loaded machine, could
        // otherwise queue the reminder after the report is filed and leave nothing for the first one here
        // (decision 085: the periodic jobs stay registered, their loops do not start).
        app.TestServices = services => services.WithoutBackgroundServices();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");

        await using var scope = app.Services.CreateAsyncScope();
        var reminders = scope.ServiceProvider.GetRequiredService<DeadlineReminders>();
        var first = await reminders.QueueAsync(CancellationToken.None);
        var second = await reminders.QueueAsync(CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.IdempotencyKey.StartsWith("ack-reminder:")));
    }

    // Reg. 22.3 and 22.4: the feedback reminder goes to the officer handling the case, the explanation reminder to the
    // employee asked, each once. Feedback is owed 1 month after filing here, so a 60-day lead reaches it today.
    [Fact]
    public async Task QueueAsync_FeedbackAndExplanationDue_RemindsTheOfficerAndTheEmployeeOnce()
    {
        using var app = new ReportsAppFactory();
        app.Settings["Registers:FeedbackDeadlineMonths"] = "1";
        app.Settings["Reports:Reminders:FeedbackDaysBefore"] = "60";
        app.Settings["Reports:Reminders:ExplanationDaysBefore"] = "5";
        app.Settings["Reports:Reminders:Interval"] = "1.00:00:00";
        app.TestServices = services => services.WithoutBackgroundServices();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        var id = await ReportIdAsync(app);
        const string employee = "aad-employee-44";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            db.Employees.Add(Employee.Create(employee, "tenant-1", "Marat Employee", "en", scope.ServiceProvider.GetRequiredService<RegisterClock>().Now));
            await db.SaveChangesAsync();
        }

        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await driver.OfficerAsync(ReportVerbs.Explain, id, ("explainPerson", "Marat Employee"), ("question", "Explain the permit"), ("dueOn", due));

        await using var run = app.Services.CreateAsyncScope();
        var reminders = run.ServiceProvider.GetRequiredService<DeadlineReminders>();
        Assert.Equal(2, await reminders.QueueAsync(CancellationToken.None));
        Assert.Equal(0, await reminders.QueueAsync(CancellationToken.None));
        var rows = await run.ServiceProvider.GetRequiredService<RegistersDbContext>().OutboxMessages
            .Where(m => m.IdempotencyKey.StartsWith("feedback-reminder:") || m.IdempotencyKey.StartsWith("explanation-reminder:"))
            .Select(m => new { m.IdempotencyKey, m.Recipient }).ToListAsync();
        Assert.Equal(ReportsAppFactory.Officer, Assert.Single(rows, r => r.IdempotencyKey.StartsWith($"feedback-reminder:{id}:", StringComparison.Ordinal)).Recipient);
        Assert.Equal(employee, Assert.Single(rows, r => r.IdempotencyKey.StartsWith("explanation-reminder:", StringComparison.Ordinal)).Recipient);
    }

    private static async Task<Guid> ReportIdAsync(ReportsAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().ConfidentialReports.Select(r => r.Id).SingleAsync();
    }
}
