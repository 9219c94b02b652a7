using System.Globalization;
using System.Text.Json;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Features.Reports;

/// <summary>
/// Reg. 23.3: the director hears of a case's outcome and of an overdue explanation; Reg. 23.4: an officer sends any
/// case to the authorized body after a confirmation step — through the whole bot.
/// </summary>
public sealed class ViolationNoticeFlowTests
{
    // Tuesday 10 March 2026, 10:00 in Almaty.
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 5, 0, 0, TimeSpan.Zero);

    // Reg. 23.4: the summary first shows what will be sent and sends nothing; the confirmation sends it once (the
    // escalation's outbox path, with the summary), and a second send is refused with its clause.
    [Fact]
    public async Task SendToAuthorizedBody_ReviewThenConfirm_SentOnceThenRefused()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        var id = await FiledAndAcknowledgedAsync(app, driver);
        const string Summary = "Tender 14 awarded before publication; three payments to the winner's director";

        var review = await driver.OfficerAsync(ReportVerbs.SendToAuthorizedBody, id, ("caseSummary", Summary));
        var sentBeforeConfirm = await SentRowsAsync(app, id);
        var confirmed = await driver.OfficerAsync(ReportVerbs.SendToAuthorizedBody, id, ("caseSummary", Summary), ("confirmed", "yes"));
        var again = await driver.OfficerAsync(ReportVerbs.SendToAuthorizedBody, id, ("caseSummary", Summary), ("confirmed", "yes"));

        Assert.Contains(ReportActivities.Texts(review), t => t.Contains("to the authorized body?", StringComparison.Ordinal));
        Assert.Empty(sentBeforeConfirm);
        Assert.Contains(ReportActivities.Texts(confirmed), t => t.Contains("has been sent to the authorized body", StringComparison.Ordinal));
        Assert.Contains(ReportActivities.Texts(again), t => t.Contains("already with the authorized body", StringComparison.Ordinal) && t.Contains("(Reg. 23.4)", StringComparison.Ordinal));
        var row = Assert.Single(await SentRowsAsync(app, id));
        Assert.Equal(ReportsAppFactory.AuthorizedBody, row.Recipient);
        Assert.Equal(Summary, JsonDocument.Parse(row.Payload).RootElement.GetProperty("summary").GetString());
        Assert.DoesNotContain("Zhanna", row.Payload, StringComparison.Ordinal);
    }

    // Reg. 23.3: the closing notice gives the outcome on the director's card too; never the feedback (invariant 1).
    [Fact]
    public async Task Close_WithOutcome_DirectorCardShowsTheOutcomeNotTheFeedback()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        var id = await FiledAndAcknowledgedAsync(app, driver);

        await driver.OfficerAsync(ReportVerbs.Close, id, ("outcome", nameof(ReportOutcome.PartlySubstantiated)), ("feedbackText", "Thank you, Zhanna"));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var card = await db.OutboxMessages.SingleAsync(m => m.IdempotencyKey == $"{ReportNotices.DirectorCardKeyPrefix}{DirectorNoticeType.ReportClosed}:{id}");
        var cardText = System.Text.RegularExpressions.Regex.Unescape(card.Payload);
        Assert.Contains(new[] { "Partly substantiated", "Подтвердилось частично", "Ішінара расталды" }, t => cardText.Contains(t, StringComparison.Ordinal));
        Assert.DoesNotContain("Zhanna", cardText, StringComparison.Ordinal);
        var mail = await db.OutboxMessages.SingleAsync(m => m.IdempotencyKey == $"{ReportNotices.DirectorMailKeyPrefix}{DirectorNoticeType.ReportClosed}:{id}");
        Assert.Equal(nameof(ReportOutcome.PartlySubstantiated), JsonDocument.Parse(mail.Payload).RootElement.GetProperty("outcome").GetString());
    }

    // Reg. 22.4, 23.3: the reminder pass tells the director (mail and card) of an explanation past its last day, once,
    // however often it runs — and not on the last day itself.
    [Fact]
    public async Task DeadlineReminders_ExplanationOverdue_DirectorToldOnce()
    {
        var time = new FakeTimeProvider(Start);
        using var app = new ReportsAppFactory();
        app.TestServices = services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(time);
            services.WithoutBackgroundServices();
        };
        var driver = new ReportFlowDriver(app.CreateClient());
        var id = await FiledAndAcknowledgedAsync(app, driver);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            db.Employees.Add(Employee.Create("aad-employee-44", "tenant-1", "Marat Employee", "en", scope.ServiceProvider.GetRequiredService<RegisterClock>().Now));
            await db.SaveChangesAsync();
        }

        var due = DateOnly.FromDateTime(Start.UtcDateTime).AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await driver.OfficerAsync(ReportVerbs.Explain, id, ("explainPerson", "Marat Employee"), ("question", "Explain the permit"), ("dueOn", due));

        time.Advance(TimeSpan.FromDays(2));
        var onTheLastDay = await OverdueRowsAfterPassAsync(app);
        time.Advance(TimeSpan.FromDays(1));
        var afterIt = await OverdueRowsAfterPassAsync(app);
        var afterAnotherPass = await OverdueRowsAfterPassAsync(app);

        Assert.Empty(onTheLastDay);
        Assert.Equal([ReportNotices.DirectorCardKeyPrefix, ReportNotices.DirectorMailKeyPrefix], afterIt.Select(k => k[..(k.IndexOf(':', StringComparison.Ordinal) + 1)]).Order(StringComparer.Ordinal));
        Assert.Equal(afterIt, afterAnotherPass);
    }

    private static async Task<List<string>> OverdueRowsAfterPassAsync(ReportsAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DeadlineReminders>().QueueAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        return await db.OutboxMessages.Where(m => m.IdempotencyKey.Contains($":{DirectorNoticeType.ExplanationOverdue}:"))
            .Where(m => m.Recipient == ReportsAppFactory.Director).Select(m => m.IdempotencyKey).OrderBy(k => k).ToListAsync();
    }

    private static async Task<Guid> FiledAndAcknowledgedAsync(ReportsAppFactory app, ReportFlowDriver driver)
    {
        await app.AppointOfficerAsync();
        await driver.FileAsync(ReportFlowDriver.Reporter, "named");
        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().ConfidentialReports.Select(r => r.Id).SingleAsync();
        }

        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        return id;
    }

    private static async Task<List<Domain.Outbox.OutboxMessage>> SentRowsAsync(ReportsAppFactory app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.IdempotencyKey == $"{ReportNotices.AuthorizedBodyMailKeyPrefix}{id}:sent").ToListAsync();
    }
}
