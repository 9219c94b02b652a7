using System.Text.Json;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.DirectorNotices;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Bot.Tests.Delivery.Graph;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Graph.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Features.DirectorNotices;

public sealed class DirectorDigestJobTests : FakeGraphTest
{
    // Decision 104: non-urgent notices wait for 09:00 Almaty and go as ONE mail and one card, once.
    [Fact]
    public async Task RunOnceAsync_AtDigestTime_SendsOneMailAndOneCardWithTheHeldNotices()
    {
        await using var host = await DigestScenario.StartAsync(DataFolder, GraphServer.BaseUrl, DigestScenario.Morning());
        await DigestScenario.DirectorAsync(host);
        await DigestScenario.HoldAsync(host, DirectorNoticeKinds.GiftDeclared, "G-2026-0031", nameof(ReportCategory.GiftOrHospitality), "Pending");
        await DigestScenario.HoldAsync(host, DirectorNoticeKinds.ReportClosed, "R-2026-0007", nameof(ReportCategory.Procurement), "Closed");
        var job = host.Job<DirectorDigestJob>();

        Assert.True(await job.RunOnceAsync(CancellationToken.None));
        await host.DrainAsync(rounds: 1);
        Assert.Empty(GraphServer.Requests);

        host.Time.SetUtcNow(DigestScenario.DigestTime(host).AddSeconds(30));
        Assert.True(await job.RunOnceAsync(CancellationToken.None));
        host.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await job.RunOnceAsync(CancellationToken.None));
        await host.Dispatcher.RunOnceAsync(CancellationToken.None);

        var mail = Assert.Single(GraphServer.Requests).Json.GetProperty("Message");
        Assert.Equal("Уведомления комплаенс-службы за 10.03.2026: 2", mail.GetProperty("subject").GetString());
        var body = mail.GetProperty("body").GetProperty("content").GetString()!;
        Assert.Contains("G-2026-0031", body, StringComparison.Ordinal);
        Assert.Contains("R-2026-0007", body, StringComparison.Ordinal);
        Assert.Contains("Подана декларация о подарке", body, StringComparison.Ordinal);
        Assert.Contains("Рассмотрение сообщения завершено", body, StringComparison.Ordinal);
        Assert.Contains("Закупки", body, StringComparison.Ordinal);
        var card = await host.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.TeamsSend));
        Assert.Equal("director-digest-card:2026-03-10", card.IdempotencyKey);
        Assert.Equal(DigestScenario.Director, card.Recipient);
        Assert.Contains("G-2026-0031", card.Payload, StringComparison.Ordinal);
        Assert.Contains("R-2026-0007", card.Payload, StringComparison.Ordinal);
        Assert.All(await host.WithDbAsync(db => db.DirectorDigestItems.ToListAsync()), i => Assert.Equal("director-digest:2026-03-10", i.DigestKey));
    }

    [Fact]
    public async Task RunOnceAsync_NothingHeld_SendsNoDigest()
    {
        await using var host = await DigestScenario.StartAsync(DataFolder, GraphServer.BaseUrl, DigestScenario.Morning());
        await DigestScenario.DirectorAsync(host);
        host.Time.SetUtcNow(DigestScenario.DigestTime(host).AddMinutes(1));

        Assert.True(await host.Job<DirectorDigestJob>().RunOnceAsync(CancellationToken.None));
        await host.DrainAsync(rounds: 1);

        Assert.Empty(GraphServer.Requests);
        Assert.False(await host.WithDbAsync(db => db.OutboxMessages.AnyAsync()));
    }

    // Reg. 23.3: a new report is urgent — mailed at once even with the digest on; its outcome waits for the digest.
    [Fact]
    public async Task ReportNotices_DigestOn_NewReportGoesAtOnceAndOutcomeWaits()
    {
        await using var host = await DigestScenario.StartAsync(DataFolder, GraphServer.BaseUrl, DigestScenario.Morning());
        await DigestScenario.DirectorAsync(host);

        var report = await DigestScenario.FileReportAsync(host, ReportCategory.Bribery);
        await DigestScenario.ReportClosedAsync(host, report.Id);
        host.Time.Advance(TimeSpan.FromSeconds(5));
        await host.Dispatcher.RunOnceAsync(CancellationToken.None);
        await host.Job<NoticeWatchJob>().RunOnceAsync(CancellationToken.None);

        var mail = Assert.Single(GraphServer.Requests).Json.GetProperty("Message");
        Assert.Equal($"Новое конфиденциальное сообщение {DirectorReference.For(report.Id)}: Взятка", mail.GetProperty("subject").GetString());
        Assert.DoesNotContain("Free text", mail.GetRawText(), StringComparison.Ordinal);
        var record = await host.WithDbAsync(db => db.NoticeDeliveries.SingleAsync());
        Assert.Equal(5_000, record.DelayMilliseconds);
        Assert.False(record.Late);
        var held = await host.WithDbAsync(db => db.DirectorDigestItems.SingleAsync());
        // Decision 119: the director's reference, never the register number (Reg. 29).
        Assert.Equal((DirectorNoticeKinds.ReportClosed, DirectorReference.For(report.Id)), (held.NoticeType, held.Number));
        Assert.True(held.IsPending);
    }

    [Fact]
    public async Task ReportNotices_DigestOff_OutcomeIsMailedAtOnce()
    {
        await using var host = await DigestScenario.StartAsync(DataFolder, GraphServer.BaseUrl, DigestScenario.Morning(), digest: false);
        var report = await DigestScenario.FileReportAsync(host, ReportCategory.Ethics);

        await DigestScenario.ReportClosedAsync(host, report.Id);
        await host.Dispatcher.RunOnceAsync(CancellationToken.None);

        var subjects = GraphServer.Requests.Select(r => r.Json.GetProperty("Message").GetProperty("subject").GetString()).ToList();
        Assert.Equal(2, subjects.Count);
        Assert.Contains($"Жаңа құпия хабарлама {DirectorReference.For(report.Id)}: Әдеп", subjects);
        Assert.Contains($"{DirectorReference.For(report.Id)} хабарламасы қаралып, жабылды: Әдеп", subjects);
        Assert.False(await host.WithDbAsync(db => db.DirectorDigestItems.AnyAsync()));
    }

    // Reg. 29: a case that implicates the director never reaches the director, not even in a digest.
    [Fact]
    public async Task RunOnceAsync_ReportNowImplicatesDirector_ItemIsWithheld()
    {
        await using var host = await DigestScenario.StartAsync(DataFolder, GraphServer.BaseUrl, DigestScenario.Morning());
        await DeliverySeed.OfficerAndEmployeesAsync(host);
        await DigestScenario.DirectorAsync(host);
        var report = await DigestScenario.FileReportAsync(host, ReportCategory.AbuseOfOffice);
        await DigestScenario.ReportClosedAsync(host, report.Id);
        await DigestScenario.ImplicateDirectorAsync(host, report.Id);
        await DigestScenario.HoldAsync(host, DirectorNoticeKinds.ConflictDeclared, "C-2026-0012", nameof(ReportCategory.ConflictOfInterest), "Pending");
        host.Time.SetUtcNow(DigestScenario.DigestTime(host).AddMinutes(1));

        Assert.True(await host.Job<DirectorDigestJob>().RunOnceAsync(CancellationToken.None));

        var digest = await host.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.IdempotencyKey == "director-digest:2026-03-10"));
        var items = NoticePayload.Parse(digest.Payload)!.Items!;
        Assert.Equal(["C-2026-0012"], items.Select(i => i.Number));
        Assert.DoesNotContain(report.Number!, digest.Payload, StringComparison.Ordinal);
        var card = await host.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.IdempotencyKey == "director-digest-card:2026-03-10"));
        Assert.DoesNotContain(report.Number!, card.Payload, StringComparison.Ordinal);
        var withheld = await host.WithDbAsync(db => db.DirectorDigestItems.SingleAsync(i => i.ReportId == report.Id));
        Assert.NotNull(withheld.WithheldAt);
        Assert.Null(withheld.DigestKey);
    }

    // Design decision 8: two instances reach the digest time together; the job's lease lets one of them build it.
    [Fact]
    public async Task RunOnceAsync_TwoInstancesAtOnce_OneDigest()
    {
        var time = DigestScenario.Morning();
        await using var first = await DigestScenario.StartAsync(DataFolder, GraphServer.BaseUrl, time);
        await using var second = await DigestScenario.StartAsync(DataFolder, GraphServer.BaseUrl, time);
        await DigestScenario.DirectorAsync(first);
        await DigestScenario.HoldAsync(first, DirectorNoticeKinds.GiftDeclared, "G-2026-0050", nameof(ReportCategory.GiftOrHospitality), "Pending");
        time.SetUtcNow(DigestScenario.DigestTime(first).AddMinutes(1));

        var ran = await Task.WhenAll(
            first.Job<DirectorDigestJob>().RunOnceAsync(CancellationToken.None),
            second.Job<DirectorDigestJob>().RunOnceAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(2));
        await Task.WhenAll(
            first.Job<DirectorDigestJob>().RunOnceAsync(CancellationToken.None),
            second.Job<DirectorDigestJob>().RunOnceAsync(CancellationToken.None));
        await Task.WhenAll(first.Dispatcher.RunOnceAsync(CancellationToken.None), second.Dispatcher.RunOnceAsync(CancellationToken.None));

        Assert.Contains(true, ran);
        Assert.Single(GraphServer.Requests);
        Assert.Equal(1, await first.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == OutboxKinds.DirectorMail)));
        Assert.Equal(1, await first.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == OutboxKinds.TeamsSend)));
    }

    // A crash after the digest was queued but before the job stored its cursor, with Graph down: the next instance
    // neither queues a second digest nor loses the first.
    [Fact]
    public async Task Restart_AfterDigestQueuedAndGraphDown_SendsTheDigestExactlyOnce()
    {
        var time = DigestScenario.Morning();
        GraphServer.Handler = _ => FakeResponse.Unavailable();
        await using (var first = await DigestScenario.StartAsync(DataFolder, GraphServer.BaseUrl, time))
        {
            await DigestScenario.DirectorAsync(first, hasApp: false);
            await DigestScenario.HoldAsync(first, DirectorNoticeKinds.GiftDeclared, "G-2026-0040", nameof(ReportCategory.GiftOrHospitality), "Pending");
            time.SetUtcNow(DigestScenario.DigestTime(first).AddMinutes(1));
            Assert.True(await first.Job<DirectorDigestJob>().RunOnceAsync(CancellationToken.None));
            await first.Dispatcher.RunOnceAsync(CancellationToken.None);
            // As if the run had died before storing its cursor.
            await first.WithDbAsync(db => db.ScheduledJobs.Where(j => j.Name == "director.digest")
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Cursor, (string?)null).SetProperty(j => j.LastCompletedAt, (DateTimeOffset?)null)));
        }

        Assert.Single(GraphServer.Requests);
        GraphServer.Handler = _ => FakeResponse.Empty(202);
        time.Advance(TimeSpan.FromMinutes(2));
        await using var second = await DigestScenario.StartAsync(DataFolder, GraphServer.BaseUrl, time);
        Assert.True(await second.Job<DirectorDigestJob>().RunOnceAsync(CancellationToken.None));
        await DigestScenario.HoldAsync(second, DirectorNoticeKinds.GiftDeclared, "G-2026-0041", nameof(ReportCategory.GiftOrHospitality), "Pending");
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await second.Job<DirectorDigestJob>().RunOnceAsync(CancellationToken.None));
        await second.DrainAsync(rounds: 3);

        var sent = GraphServer.Requests.Skip(1).ToList();
        var mail = Assert.Single(sent).Json.GetProperty("Message");
        Assert.Contains("G-2026-0040", mail.GetProperty("body").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await second.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == OutboxKinds.DirectorMail)));
        // Director without the app: the mail alone, no card that could only fail.
        Assert.False(await second.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == OutboxKinds.TeamsSend)));
        // Held after today's digest: waits for tomorrow's, not lost.
        Assert.True((await second.WithDbAsync(db => db.DirectorDigestItems.SingleAsync(i => i.Number == "G-2026-0041"))).IsPending);
        time.SetUtcNow(DigestScenario.DigestTime(second, dayOffset: 1).AddMinutes(1));
        Assert.True(await second.Job<DirectorDigestJob>().RunOnceAsync(CancellationToken.None));
        Assert.True(await second.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == "director-digest:2026-03-11" && m.Payload.Contains("G-2026-0041"))));
    }

    // Decision 101 + 104: a digested notice is measured from the digest time, so hours of waiting are not "late".
    [Fact]
    public async Task NoticeWatch_DigestDeliveredSoonAfterDigestTime_IsNotLateAndNoOfficerIsAlerted()
    {
        await using var host = await DigestScenario.StartAsync(DataFolder, GraphServer.BaseUrl, DigestScenario.Morning());
        await DeliverySeed.OfficerAndEmployeesAsync(host);
        await DigestScenario.DirectorAsync(host, hasApp: false);
        await DigestScenario.HoldAsync(host, DirectorNoticeKinds.ReportClosed, "R-2026-0020", nameof(ReportCategory.Other), "Closed");
        var due = DigestScenario.DigestTime(host);
        host.Time.SetUtcNow(due.AddMinutes(1));

        await host.Job<DirectorDigestJob>().RunOnceAsync(CancellationToken.None);
        await host.Dispatcher.RunOnceAsync(CancellationToken.None);
        await host.Job<NoticeWatchJob>().RunOnceAsync(CancellationToken.None);

        var record = await host.WithDbAsync(db => db.NoticeDeliveries.SingleAsync());
        Assert.Equal(due, record.EventAt);
        Assert.Equal(60_000, record.DelayMilliseconds);
        Assert.False(record.Late);
        Assert.False(await host.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == OutboxKinds.TeamsSend)));
        using var payload = JsonDocument.Parse((await host.WithDbAsync(db => db.OutboxMessages.SingleAsync())).Payload);
        Assert.Equal(DirectorNoticeKinds.DailyDigest, payload.RootElement.GetProperty("noticeType").GetString());
    }
}
