using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.Reports;

public sealed class OfficerFlowTests
{
    // Reg. 22.3, 22.7: the officer acknowledges and writes; the reporter reads it with code and passphrase and replies.
    [Fact]
    public async Task Message_FromOfficer_AppearsInCheckMyReport_AndReplyGoesIntoTheThread()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        var (caseCode, passphrase) = await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        var id = await ReportIdAsync(app);

        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        var officerCard = await driver.OfficerAsync(ReportVerbs.Message, id, ("messageText", "Which tender was it?"));
        Assert.Contains("Done.", ReportActivities.Texts(officerCard));

        var reporterView = await driver.OpenAsync(ReportFlowDriver.Reporter, caseCode, passphrase);
        Assert.Contains("Which tender was it?", ReportActivities.Texts(reporterView));
        var replied = ReportActivities.Card(await ReportActivities.PostAsync(app.CreateClient(), ReportActivities.Execute(ReportFlowDriver.Reporter, ReportVerbs.Reply,
            ReportFlowDriver.Confidential(("caseCode", caseCode), ("passphrase", passphrase), ("reply", "The office supplies tender")))));
        Assert.Contains("The office supplies tender", ReportActivities.Texts(replied));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        Assert.True(await db.OutboxMessages.AnyAsync(m => m.Recipient == ReportsAppFactory.Officer && m.IdempotencyKey.StartsWith("report-reply:")));
    }

    // Reg. 24.1: an investigator who took part in the process within three years is refused, and the card says why.
    [Fact]
    public async Task Assign_InvestigatorTookPartInProcess_IsRefusedWithTheReason()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        var id = await ReportIdAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            db.Employees.Add(Employee.Create("aad-investigator-1", "tenant-1", "Dana Investigator", "en", scope.ServiceProvider.GetRequiredService<RegisterClock>().Now));
            await db.SaveChangesAsync();
        }

        await ReportActivities.PostAsync(app.CreateClient(), ReportActivities.Execute(ReportFlowDriver.OfficerUser, ReportVerbs.RecordParticipation, new()
        {
            ["person"] = "Dana Investigator", ["unitOrProcess"] = "Procurement", ["from"] = "2025-01-01", ["to"] = "2025-06-30",
        }));
        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        await driver.OfficerAsync(ReportVerbs.Investigate, id, ("investigationUnit", "procurement "));
        var refused = await driver.OfficerAsync(ReportVerbs.Assign, id, ("investigator", "aad-investigator-1"));

        Assert.Contains(ReportActivities.Texts(refused), t => t.Contains("Reg. 24.1", StringComparison.Ordinal));
    }

    // Reg. 29, 23.4: a report implicating the director creates no director notice of any kind, and an escalation.
    [Fact]
    public async Task Submit_DirectorInvolved_NoDirectorNoticeAndEscalationRecorded()
    {
        using var app = new ReportsAppFactory();
        await app.AppointOfficerAsync();
        await new ReportFlowDriver(app.CreateClient()).FileAsync(ReportFlowDriver.Reporter, "anonymous", directorInvolved: true);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Kind == OutboxKinds.DirectorMail || m.Recipient == ReportsAppFactory.Director));
        var escalation = await db.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.AuthorizedBodyMail);
        Assert.Equal(ReportsAppFactory.AuthorizedBody, escalation.Recipient);
        Assert.True((await db.ConfidentialReports.SingleAsync()).IsEscalated);
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<DirectorReportView>().ListAsync());
    }

    private static async Task<Guid> ReportIdAsync(ReportsAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().ConfidentialReports.Select(r => r.Id).SingleAsync();
    }
}
