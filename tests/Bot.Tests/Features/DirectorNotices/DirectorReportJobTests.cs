using System.Text.RegularExpressions;
using ComplianceBot.Bot.Features.DirectorNotices;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Bot.Tests.Delivery.Graph;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Graph.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Features.DirectorNotices;

public sealed class DirectorReportJobTests : FakeGraphTest
{
    // Reg. 29: a periodic report to the director, monthly by default, once per period, mailed through the outbox.
    [Fact]
    public async Task RunOnceAsync_NewMonth_QueuesLastMonthsReportOnceAndMailsIt()
    {
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl);
        var job = host.Job<DirectorReportJob>();

        Assert.True(await job.RunOnceAsync(CancellationToken.None));
        host.Time.Advance(TimeSpan.FromHours(2));
        Assert.True(await job.RunOnceAsync(CancellationToken.None));
        await host.DrainAsync(rounds: 1);

        var row = await host.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.DirectorMail));
        Assert.Equal("director-report:2026-02", row.IdempotencyKey);
        Assert.Contains("\"trainings.sessions\":0", row.Payload, StringComparison.Ordinal);
        var mail = Assert.Single(GraphServer.Requests);
        Assert.EndsWith("/sendMail", mail.Path, StringComparison.Ordinal);
        Assert.Contains("Директорға мерзімді есеп", mail.Json.GetProperty("Message").GetProperty("subject").GetString(), StringComparison.Ordinal);
    }

    // Issue 6: the periodic report also reaches the director as a Teams card where they have the app, and its lines
    // are labels in the director's language, not the payload's keys.
    [Fact]
    public async Task RunOnceAsync_DirectorHasTheApp_CardBesideTheMailWithLocalizedLines()
    {
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl, overrides: new() { ["Organization:DirectorAadObjectId"] = DigestScenario.Director });
        await DigestScenario.DirectorAsync(host);

        Assert.True(await host.Job<DirectorReportJob>().RunOnceAsync(CancellationToken.None));
        await host.Dispatcher.RunOnceAsync(CancellationToken.None);

        var message = Assert.Single(GraphServer.Requests).Json.GetProperty("Message");
        Assert.Equal("Периодический отчёт директору: 2026-02", message.GetProperty("subject").GetString());
        var body = message.GetProperty("body").GetProperty("content").GetString()!;
        Assert.Contains("Проведено учебных занятий", body, StringComparison.Ordinal);
        Assert.DoesNotContain("trainings.", body, StringComparison.Ordinal);
        var card = await host.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.TeamsSend));
        Assert.Equal(("director-report-card:2026-02", DigestScenario.Director), (card.IdempotencyKey, card.Recipient));
        Assert.Contains("Проведено учебных занятий", Regex.Unescape(card.Payload), StringComparison.Ordinal);
        Assert.DoesNotContain("trainings.", card.Payload, StringComparison.Ordinal);
    }

    // Reg. 29, 23.2: an anonymous report keeps its filing date only (no FiledAt); the periodic report counts it by
    // that date like a named one (decision 119). A report filed in another period, or one that implicates the director,
    // is not counted.
    [Fact]
    public async Task RunOnceAsync_AnonymousAndNamedReportsLastMonth_CountedByTheirFilingDate()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 30, 6, 0, 0, TimeSpan.Zero));
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl, time);
        var named = new ReporterIdentity("aad-reporter", "Aigerim Seitkali", null);
        await FileAsync(host, ReportCategory.Ethics, named, directorImplicated: false);
        time.SetUtcNow(new DateTimeOffset(2026, 2, 20, 6, 0, 0, TimeSpan.Zero));
        await FileAsync(host, ReportCategory.Procurement, identity: null, directorImplicated: false);
        await FileAsync(host, ReportCategory.Procurement, named, directorImplicated: false);
        await FileAsync(host, ReportCategory.Bribery, identity: null, directorImplicated: false);
        await FileAsync(host, ReportCategory.AbuseOfOffice, named, directorImplicated: true);
        time.SetUtcNow(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero));

        Assert.True(await host.Job<DirectorReportJob>().RunOnceAsync(CancellationToken.None));

        var row = await host.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.IdempotencyKey == "director-report:2026-02"));
        var counts = System.Text.Json.JsonDocument.Parse(row.Payload).RootElement.GetProperty("counts").EnumerateObject()
            .Where(p => p.Name.StartsWith("reports.", StringComparison.Ordinal))
            .ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["reports.Bribery.Received"] = 1, ["reports.Procurement.Received"] = 2 }, counts);
    }

    private static Task FileAsync(GraphDeliveryHost host, ReportCategory category, ReporterIdentity? identity, bool directorImplicated) =>
        host.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistersDbContext>();
            var submission = new ReportSubmission(category, "What happened", null, [], directorImplicated);
            db.ConfidentialReports.Add(services.GetRequiredService<ReportIntake>().File(submission, identity).Report);
            await db.SaveChangesAsync();
        });
}
