using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.Reports;

/// <summary>Decisions 104, 106 through the whole bot: the director's card and mail for each report event.</summary>
public sealed class DirectorDigestFlowTests
{
    // Reg. 23.3: a new report is mail + card at once; with the digest on, its outcome is held (no card of its own).
    [Fact]
    public async Task Close_DigestOn_NewReportCardAndMailAtOnce_OutcomeHeldForTheDigest()
    {
        using var app = new ReportsAppFactory();
        app.Settings["Notices:DigestEnabled"] = "true";
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        var id = await IdAsync(app);

        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        await driver.OfficerAsync(ReportVerbs.Close, id, ("outcome", nameof(ReportOutcome.NotSubstantiated)), ("feedbackText", "Checked the tender file."));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var keys = await db.OutboxMessages.Where(m => m.Recipient == ReportsAppFactory.Director || m.Kind == OutboxKinds.DirectorMail)
            .Select(m => m.IdempotencyKey).ToListAsync();
        Assert.Equal([$"director-card:ReportFiled:{id}", $"director-mail:ReportFiled:{id}"], keys.Order(StringComparer.Ordinal));
        var held = await db.DirectorDigestItems.SingleAsync();
        Assert.Equal((DirectorNoticeKinds.ReportClosed, (Guid?)id), (held.NoticeType, held.ReportId));
    }

    // Without the digest, each mailed report notice has its card beside it.
    [Fact]
    public async Task Close_DigestOff_EveryMailedNoticeHasItsCard()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        var id = await IdAsync(app);

        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        await driver.OfficerAsync(ReportVerbs.Close, id, ("outcome", nameof(ReportOutcome.NotSubstantiated)), ("feedbackText", "Checked the tender file."));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var keys = await db.OutboxMessages.Where(m => m.Recipient == ReportsAppFactory.Director || m.Kind == OutboxKinds.DirectorMail)
            .Select(m => m.IdempotencyKey).ToListAsync();
        foreach (var type in new[] { "ReportFiled", "ReportClosed" })
        {
            Assert.Contains($"director-mail:{type}:{id}", keys);
            Assert.Contains($"director-card:{type}:{id}", keys);
        }

        Assert.False(await db.DirectorDigestItems.AnyAsync());
    }

    private static async Task<Guid> IdAsync(ReportsAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().ConfidentialReports.Select(r => r.Id).SingleAsync();
    }
}
