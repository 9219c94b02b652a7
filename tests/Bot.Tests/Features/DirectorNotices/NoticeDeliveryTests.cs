using System.Text.Json;
using System.Text.RegularExpressions;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.DirectorNotices;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Bot.Tests.Delivery.Graph;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Graph.Tests.Fakes;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Features.DirectorNotices;

public sealed class NoticeDeliveryTests : FakeGraphTest
{
    private const string ReporterName = "Aigerim Reporterova";
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);
    // Reg. 23.3 and 23.2: the director is told in time, and the mail carries no identity.
    [Fact]
    public async Task DeliverAsync_DirectorMail_SendsMailToDirectorWithNumberAndCategoryOnly()
    {
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl);
        await EnqueueAsync(host, OutboxKinds.DirectorMail, "notice:R-2026-0007", host.Time.GetUtcNow());

        await host.DrainAsync(rounds: 1);

        var request = Assert.Single(GraphServer.Requests);
        Assert.Equal($"/v1.0/users/{GraphDeliveryHost.Mailbox}/sendMail", request.Path);
        var message = request.Json.GetProperty("Message");
        Assert.Equal(GraphDeliveryHost.DirectorMail, Recipients(message).Single());
        Assert.Contains("R-2026-0007", message.GetProperty("subject").GetString(), StringComparison.Ordinal);
        // Kazakh by default (the director is not in the Employee register here); the subject says what happened.
        Assert.Equal("Жаңа құпия хабарлама R-2026-0007: Пара беру немесе алу", message.GetProperty("subject").GetString());
        var body = message.GetProperty("body").GetProperty("content").GetString()!;
        Assert.Contains("Пара беру немесе алу", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Bribery", body, StringComparison.Ordinal);
        Assert.DoesNotContain(ReporterName, request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverAsync_DirectorPrefersRussian_MailIsInRussianToDirectoryAddress()
    {
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl, overrides: new()
        {
            ["Organization:DirectorEmail"] = null,
            ["Organization:DirectorAadObjectId"] = "aad-director",
        });
        await host.WithDbAsync(async db =>
        {
            var director = Employee.Create("aad-director", "tenant", "Director", "ru", host.Time.GetUtcNow());
            director.UpdateMail("dir.from.directory@contoso.kz", host.Time.GetUtcNow());
            db.Employees.Add(director);
            await db.SaveChangesAsync();
        });
        await EnqueueAsync(host, OutboxKinds.DirectorMail, "notice:R-2026-0008", host.Time.GetUtcNow());

        await host.DrainAsync(rounds: 1);

        var message = Assert.Single(GraphServer.Requests).Json.GetProperty("Message");
        Assert.Equal("dir.from.directory@contoso.kz", Recipients(message).Single());
        Assert.Equal("Новое конфиденциальное сообщение R-2026-0008: Взятка", message.GetProperty("subject").GetString());
    }

    // Reg. 29: an escalation goes to the authorized body, never to the director.
    [Fact]
    public async Task DeliverAsync_AuthorizedBodyMail_GoesToAuthorizedBodyOnly()
    {
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl);
        await EnqueueAsync(host, OutboxKinds.AuthorizedBodyMail, "escalation:R-2026-0009", host.Time.GetUtcNow());

        await host.DrainAsync(rounds: 1);

        var request = Assert.Single(GraphServer.Requests);
        Assert.Equal([GraphDeliveryHost.AuthorizedBodyMail], Recipients(request.Json.GetProperty("Message")));
        Assert.DoesNotContain(GraphDeliveryHost.DirectorMail, request.Body, StringComparison.Ordinal);
    }

    // Reg. 29: the escalation payload as ReportNotices writes it (no noticeType field of its own before) is mailed,
    // in Russian, with its own subject.
    [Fact]
    public async Task DeliverAsync_EscalationPayloadFromTheRegisters_IsMailedWithItsOwnSubject()
    {
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl);
        await host.WithDbAsync(async db =>
        {
            var payload = JsonSerializer.Serialize(
                new AuthorizedBodyPayload(DirectorNoticeKinds.EscalatedToAuthorizedBody, "R-2026-0012", "AbuseOfOffice", new DateOnly(2026, 3, 9), host.Time.GetUtcNow()),
                WebJson);
            db.OutboxMessages.Add(OutboxMessage.Create(OutboxKinds.AuthorizedBodyMail, GraphDeliveryHost.AuthorizedBodyMail, payload, "authorized-body-mail:x", host.Time.GetUtcNow()));
            await db.SaveChangesAsync();
        });

        await host.DrainAsync(rounds: 1);

        var message = Assert.Single(GraphServer.Requests).Json.GetProperty("Message");
        Assert.StartsWith("Сообщение R-2026-0012: возможное коррупционное правонарушение", message.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Contains("Злоупотребление должностными полномочиями", message.GetProperty("body").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.True(await host.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == "authorized-body-mail:x" && m.DeliveredAt != null)));
    }

    // Reg. 23.3: a notice not delivered within the target → every active officer gets a card, once.
    [Fact]
    public async Task NoticeWatch_NoticeLate_OfficersGetOneCardWithNumberAndCategory()
    {
        GraphServer.Handler = _ => FakeResponse.Unavailable();
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl);
        await DeliverySeed.OfficerAndEmployeesAsync(host);
        await EnqueueAsync(host, OutboxKinds.DirectorMail, "notice:R-2026-0010", host.Time.GetUtcNow());
        await host.Dispatcher.RunOnceAsync(CancellationToken.None);
        host.Time.Advance(TimeSpan.FromMinutes(6));

        Assert.True(await host.Job<NoticeWatchJob>().RunOnceAsync(CancellationToken.None));
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await host.Job<NoticeWatchJob>().RunOnceAsync(CancellationToken.None);

        var cards = await host.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == OutboxKinds.TeamsSend).ToListAsync());
        var card = Assert.Single(cards);
        Assert.Equal(DeliverySeed.Officer, card.Recipient);
        Assert.Contains("R-2026-0010", card.Payload, StringComparison.Ordinal);
        Assert.Contains("Пара беру немесе алу", Regex.Unescape(card.Payload), StringComparison.Ordinal);
        Assert.DoesNotContain(ReporterName, card.Payload, StringComparison.Ordinal);
        var record = await host.WithDbAsync(db => db.NoticeDeliveries.SingleAsync());
        Assert.NotNull(record.OfficersAlertedAt);
        Assert.Null(record.DeliveredAt);
    }

    [Fact]
    public async Task NoticeWatch_DeliveredInTime_RecordsDelayAndSendsNoCard()
    {
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl);
        await DeliverySeed.OfficerAndEmployeesAsync(host);
        await EnqueueAsync(host, OutboxKinds.DirectorMail, "notice:R-2026-0011", host.Time.GetUtcNow().AddMinutes(-1));
        await host.Dispatcher.RunOnceAsync(CancellationToken.None);

        await host.Job<NoticeWatchJob>().RunOnceAsync(CancellationToken.None);

        var record = await host.WithDbAsync(db => db.NoticeDeliveries.SingleAsync());
        Assert.Equal(60_000, record.DelayMilliseconds);
        Assert.False(record.Late);
        Assert.False(await host.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == OutboxKinds.TeamsSend)));
    }

    private static Task EnqueueAsync(GraphDeliveryHost host, string kind, string key, DateTimeOffset eventAt) => host.WithDbAsync(async db =>
    {
        // The row also carries the reporter's name, as a faulty or older writer might: only the notice's own fields may
        // reach the director or the officers (Reg. 23.2), so the tests that look for the name can fail.
        var payload = JsonSerializer.Serialize(new { noticeType = "ReportFiled", number = key.Split(':')[1], category = "Bribery", date = "2026-03-10", status = "Received", eventAt, reporterName = ReporterName });
        db.OutboxMessages.Add(OutboxMessage.Create(kind, "director", payload, key, host.Time.GetUtcNow()));
        await db.SaveChangesAsync();
    });

    private static string[] Recipients(JsonElement message) =>
        [.. message.GetProperty("toRecipients").EnumerateArray().Select(r => r.GetProperty("emailAddress").GetProperty("address").GetString()!)];
}
