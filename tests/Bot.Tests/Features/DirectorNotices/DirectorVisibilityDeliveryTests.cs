using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.DirectorNotices;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Bot.Tests.Delivery.Graph;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Graph.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Features.DirectorNotices;

/// <summary>Reg. 29 at delivery and in the periodic report; Reg. 29, 23.4: the escalation waits for its address (decision 123).</summary>
public sealed class DirectorVisibilityDeliveryTests : FakeGraphTest
{
    // Reg. 29: the director's mail and card about a report are queued; while another instance holds the mail
    // (Graph is down), the officer finds the director implicated. At the next attempt neither is sent: both rows are
    // closed as withdrawn, and the late-notice watch does not alert the officers about them.
    [Fact]
    public async Task Dispatch_ReportImplicatedWhileNoticeRetrying_NoticeWithdrawnNotSent()
    {
        GraphServer.Handler = _ => FakeResponse.Unavailable();
        await using var host = await DigestScenario.StartAsync(DataFolder, GraphServer.BaseUrl, DigestScenario.Morning(), digest: false);
        await DeliverySeed.OfficerAndEmployeesAsync(host);
        var report = await DigestScenario.FileReportAsync(host, ReportCategory.Bribery);
        var cardKey = $"{ReportNotices.DirectorCardKeyPrefix}{DirectorNoticeType.ReportFiled}:{report.Id}";
        await host.Dispatcher.RunOnceAsync(CancellationToken.None); // Graph unavailable: the mail is retried
        host.Time.Advance(TimeSpan.FromMinutes(31));
        await host.WithDbAsync(async db =>
        {
            TeamsDelivery.Enqueue(db, cardKey, TeamsRecipient.ForEntraUser(DigestScenario.Director), new Activity { Type = "message", Text = "card" }, host.Time.GetUtcNow());
            await db.SaveChangesAsync();
        });
        await host.WithScopeAsync(services => services.GetRequiredService<OutboxStore>()
            .ClaimDueAsync("another-instance", 10, TimeSpan.FromMinutes(1), CancellationToken.None)); // live lease: not recalled
        await DigestScenario.ImplicateDirectorAsync(host, report.Id);
        GraphServer.Handler = _ => FakeResponse.Empty(202);
        var before = GraphServer.Requests.Count;

        host.Time.Advance(TimeSpan.FromMinutes(2));
        await host.DrainAsync(rounds: 2);

        var rows = await host.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        var mail = rows.Single(m => m.Kind == OutboxKinds.DirectorMail);
        var card = rows.Single(m => m.IdempotencyKey == cardKey);
        Assert.Equal((null, DirectorVisibility.WithdrawnDetail), (mail.DeliveredAt, mail.LastError));
        Assert.NotNull(mail.FailedAt);
        Assert.Equal((null, DirectorVisibility.WithdrawnDetail), (card.DeliveredAt, card.LastError));
        var sent = GraphServer.Requests.Skip(before).ToList();
        Assert.All(sent, r => Assert.DoesNotContain(GraphDeliveryHost.DirectorMail, r.Body, StringComparison.Ordinal));
        Assert.Contains(sent, r => r.Body.Contains(GraphDeliveryHost.AuthorizedBodyMail, StringComparison.Ordinal));

        host.Time.Advance(TimeSpan.FromMinutes(10));
        await host.Job<NoticeWatchJob>().RunOnceAsync(CancellationToken.None);
        Assert.False(await host.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.IdempotencyKey.StartsWith("notice-alert:" + ReportNotices.DirectorMailKeyPrefix))));
    }

    // Reg. 29, 23.4: an escalation filed before the authorized body's address is configured is kept due through more
    // attempts than the outbox's limit, and leaves once the address is set.
    [Fact]
    public async Task Dispatch_EscalationWithoutAddress_StaysPendingAndIsSentOnceConfigured()
    {
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl, overrides: new() { ["Organization:AuthorizedBodyEmail"] = "" });
        await host.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistersDbContext>();
            var report = services.GetRequiredService<ReportIntake>()
                .File(new ReportSubmission(ReportCategory.AbuseOfOffice, "The director signed it.", null, [], true), null).Report;
            db.ConfidentialReports.Add(report);
            await db.SaveChangesAsync();
            services.GetRequiredService<ReportNotices>().ReportFiled(report);
            await db.SaveChangesAsync();
        });

        await host.DrainAsync(rounds: 25); // Outbox:MaxAttempts is 20 in this host

        var waiting = await host.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Kind == OutboxKinds.AuthorizedBodyMail));
        Assert.True(waiting.IsPending);
        Assert.True(waiting.Attempts > 20);
        Assert.Empty(GraphServer.Requests);

        var configuration = (IConfigurationRoot)host.Services.GetRequiredService<IConfiguration>();
        configuration["Organization:AuthorizedBodyEmail"] = GraphDeliveryHost.AuthorizedBodyMail;
        configuration.Reload();
        await host.DrainAsync(rounds: 2);

        var request = Assert.Single(GraphServer.Requests);
        Assert.Contains(GraphDeliveryHost.AuthorizedBodyMail, request.Body, StringComparison.Ordinal);
        Assert.NotNull((await host.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == waiting.Id))).DeliveredAt);
    }

    // Reg. 29: the periodic report counts the month's reports but never one that implicates the director.
    [Fact]
    public async Task DirectorReportJob_ImplicatedReportLastMonth_NotCounted()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 2, 20, 6, 0, 0, TimeSpan.Zero));
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl, time);
        await host.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<RegistersDbContext>();
            var intake = services.GetRequiredService<ReportIntake>();
            db.ConfidentialReports.Add(intake.File(new ReportSubmission(ReportCategory.Procurement, "Tender rigged", null, [], false), null).Report);
            db.ConfidentialReports.Add(intake.File(new ReportSubmission(ReportCategory.Bribery, "The director took it", null, [], true), null).Report);
            await db.SaveChangesAsync();
        });
        time.SetUtcNow(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero));

        Assert.True(await host.Job<DirectorReportJob>().RunOnceAsync(CancellationToken.None));

        var row = await host.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.IdempotencyKey == "director-report:2026-02"));
        Assert.Contains("\"reports.Procurement.Received\":1", row.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain("Bribery", row.Payload, StringComparison.Ordinal);
    }
}
