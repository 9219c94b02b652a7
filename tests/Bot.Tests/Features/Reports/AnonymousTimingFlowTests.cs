using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Features.Reports;

/// <summary>Decision 119 through the whole bot: an anonymous filing's time, and the director's notices without gaps.</summary>
public sealed partial class AnonymousTimingFlowTests
{
    // Tuesday 10 March 2026, 10:17:23.437 in Almaty (UTC+5).
    private static readonly DateTimeOffset FiledAt = new(2026, 3, 10, 5, 17, 23, 437, TimeSpan.Zero);

    /// <summary>Where an anonymous filing leaves rows outside the reporter's own view: outbox, notices, audit, the report.</summary>
    private static readonly string[] Tables =
        ["OutboxMessages", "NoticeDeliveries", "DirectorDigestItems", "AuditEntries", "ConfidentialReports", "ReportTransitions", "ReportPersonsConcerned"];

    // Reg. 23.2: after an anonymous filing at 10:17:23, no outbox row, notice, audit entry or report row holds that time
    // of day (UTC or local); the officers' and the director's notices are held until one moment within the next two
    // working hours, which all of them carry; the outbox hands them out at that moment, not before.
    [Fact]
    public async Task FileAnonymous_WindowTwoHours_NoRowOutsideTheReporterHoldsTheFilingTime()
    {
        var time = new FakeTimeProvider(FiledAt - TimeSpan.FromHours(2));
        using var app = new ReportsAppFactory();
        app.Settings["Reports:AnonymousRelease:Window"] = "02:00:00";
        app.TestServices = services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(time);
            services.WithoutBackgroundServices();
        };
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        time.SetUtcNow(FiledAt);

        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");

        DateTimeOffset release;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            // The periodic report to the director (Reg. 29) is another notice, not one of this filing.
            var notices = (await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Recipient == ReportsAppFactory.Officer || m.Recipient == ReportsAppFactory.Director || m.Kind == OutboxKinds.DirectorMail)
                .ToListAsync()).Where(m => !m.IdempotencyKey.StartsWith("director-report", StringComparison.Ordinal)).ToList();
            Assert.Equal(["director-card:ReportFiled", "director-mail:ReportFiled", "report-new"],
                notices.Select(m => string.Join(':', m.IdempotencyKey.Split(':').Where(p => !Guid.TryParse(p, out _) && p != ReportsAppFactory.Officer))).Order(StringComparer.Ordinal));
            release = notices[0].NextAttemptAt;
            Assert.All(notices, m => Assert.Equal((release, release, (DateTimeOffset?)null), (m.NextAttemptAt, m.CreatedAt, m.DeliveredAt)));
            Assert.InRange(release, FiledAt, FiledAt + TimeSpan.FromHours(2));
        }

        var stored = await TextsAsync(app.DatabaseFile);
        Assert.NotEmpty(stored);
        foreach (var instant in new[] { FiledAt, FiledAt.ToOffset(TimeSpan.FromHours(5)) })
        {
            var clock = instant.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
            Assert.DoesNotContain(stored, s => s.Value.Contains(clock, StringComparison.Ordinal));
        }

        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        Assert.Equal(0, await dispatcher.RunOnceAsync(CancellationToken.None));
        time.SetUtcNow(release);
        Assert.Equal(3, await dispatcher.RunOnceAsync(CancellationToken.None));
    }

    // Reg. 23.2 with decision 118: when no officer may handle an anonymous report, the director's "needs an officer"
    // mail and card leave with the filing's other notices at the drawn moment, never at the filing time.
    [Fact]
    public async Task FileAnonymous_NoOfficer_NeedsOfficerNoticeLeavesAtTheReleaseMoment()
    {
        var time = new FakeTimeProvider(FiledAt);
        using var app = new ReportsAppFactory();
        app.Settings["Reports:AnonymousRelease:Window"] = "02:00:00";
        app.TestServices = services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(time);
            services.WithoutBackgroundServices();
        };
        var driver = new ReportFlowDriver(app.CreateClient());

        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var director = (await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Recipient == ReportsAppFactory.Director || m.Kind == OutboxKinds.DirectorMail)
            .ToListAsync()).Where(m => !m.IdempotencyKey.StartsWith("director-report", StringComparison.Ordinal)).ToList();
        var needsOfficer = director.Where(m => m.IdempotencyKey.Contains(":CaseNeedsOfficer:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, needsOfficer.Count);
        var release = director.Single(m => m.IdempotencyKey.StartsWith("director-mail:ReportFiled", StringComparison.Ordinal)).NextAttemptAt;
        Assert.InRange(release, FiledAt + TimeSpan.FromSeconds(1), FiledAt + TimeSpan.FromHours(2));
        Assert.All(needsOfficer, m => Assert.Equal((release, release), (m.NextAttemptAt, m.CreatedAt)));
    }

    // Reg. 29: reports 1, 2 (the reporter implicates the director) and 3: the director's mails and cards name no
    // register number, so nothing shows that a report between two of them never reached the director.
    [Fact]
    public async Task DirectorNotices_ThreeReportsSecondImplicatingTheDirector_NoRegisterNumberNoGap()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();

        foreach (var directorInvolved in new[] { false, true, false })
        {
            await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous", directorInvolved);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var numbers = await db.ConfidentialReports.Select(r => r.Number!).ToListAsync();
        Assert.Equal(3, numbers.Count);
        var director = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Recipient == ReportsAppFactory.Director || m.Kind == OutboxKinds.DirectorMail)
            .Select(m => m.Payload).ToListAsync();
        Assert.Equal(4, director.Count);
        var seen = string.Join('\n', director);
        Assert.All(numbers, n => Assert.DoesNotContain(n, seen, StringComparison.Ordinal));
        Assert.DoesNotMatch(RegisterNumber(), seen);
        var referenced = await db.ConfidentialReports.Where(r => !r.DirectorImplicated).Select(r => r.Id).ToListAsync();
        Assert.All(referenced, id => Assert.Contains(DirectorReference.For(id), seen, StringComparison.Ordinal));
    }

    // Reg. 23.2 (decision 119, changed after review): the anonymous reporter's reply reaches the handler as a card held
    // to a fresh moment within the window; its outbox row carries that moment, never the reply time, and the
    // dispatcher does not hand it out before.
    [Fact]
    public async Task ReplyAnonymous_WindowTwoHours_OfficerCardIsHeldAndCarriesNoReplyTime()
    {
        var time = new FakeTimeProvider(FiledAt - TimeSpan.FromHours(2));
        using var app = new ReportsAppFactory();
        app.Settings["Reports:AnonymousRelease:Window"] = "02:00:00";
        app.TestServices = services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(time);
            services.WithoutBackgroundServices();
        };
        var client = app.CreateClient();
        var driver = new ReportFlowDriver(client);
        await app.AppointOfficerAsync();
        time.SetUtcNow(FiledAt);
        var (caseCode, passphrase) = await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        time.SetUtcNow(await ReleaseAsync(app));
        var id = await ReportIdOfAsync(app);
        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.RunOnceAsync(CancellationToken.None);
        // Wednesday 11 March 2026, 11:42:07.219 in Almaty.
        var repliedAt = new DateTimeOffset(2026, 3, 11, 6, 42, 7, 219, TimeSpan.Zero);
        time.SetUtcNow(repliedAt);

        await ReportActivities.PostAsync(client, ReportActivities.Execute(ReportFlowDriver.Reporter, ReportVerbs.Reply,
            ReportFlowDriver.Confidential(("caseCode", caseCode), ("passphrase", passphrase), ("reply", "The office supplies tender"))));

        DateTimeOffset held;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            var row = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.IdempotencyKey.StartsWith("report-reply:"));
            held = row.NextAttemptAt;
            Assert.Equal(held, row.CreatedAt);
            Assert.InRange(held, repliedAt + TimeSpan.FromSeconds(1), repliedAt + TimeSpan.FromHours(2));
            Assert.Equal(0, held.Ticks % TimeSpan.TicksPerSecond);
            foreach (var instant in new[] { repliedAt, repliedAt.ToOffset(TimeSpan.FromHours(5)) })
            {
                Assert.DoesNotContain(instant.ToString("HH:mm:ss", CultureInfo.InvariantCulture), row.Payload, StringComparison.Ordinal);
            }
        }

        await dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Null(await ReplyDeliveredAtAsync(app));
        time.SetUtcNow(held);
        await dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.NotNull(await ReplyDeliveredAtAsync(app));
    }

    private static async Task<DateTimeOffset?> ReplyDeliveredAtAsync(ReportsAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.IdempotencyKey.StartsWith("report-reply:"))).DeliveredAt;
    }

    // Reg. 23.2 (decision 119, changed after review): until the filing's notices are released, an anonymous report is
    // absent from the officer's panel and cannot be opened; from the release moment on it is there.
    [Fact]
    public async Task FileAnonymous_BeforeRelease_AbsentFromThePanelAndNotOpened()
    {
        var time = new FakeTimeProvider(FiledAt - TimeSpan.FromHours(2));
        using var app = new ReportsAppFactory();
        app.Settings["Reports:AnonymousRelease:Window"] = "02:00:00";
        app.TestServices = services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(time);
            services.WithoutBackgroundServices();
        };
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        time.SetUtcNow(FiledAt);
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        var id = await ReportIdOfAsync(app);
        var release = await ReleaseAsync(app);
        string number;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            number = (await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().ConfidentialReports.SingleAsync()).Number!;
        }

        time.SetUtcNow(release - TimeSpan.FromSeconds(1));
        var panelBefore = await driver.PanelAsync(app, ReportFlowDriver.OfficerUser);
        var viewBefore = await driver.OfficerAsync(ReportVerbs.View, id);
        var acknowledgeBefore = await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        time.SetUtcNow(release);
        var panelAfter = await driver.PanelAsync(app, ReportFlowDriver.OfficerUser);

        Assert.DoesNotContain(number, panelBefore, StringComparison.Ordinal);
        Assert.DoesNotContain("The tender was decided", viewBefore.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("The tender was decided", acknowledgeBefore.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(number, panelAfter, StringComparison.Ordinal);
        await using var read = app.Services.CreateAsyncScope();
        Assert.Equal(ReportStatus.Received, (await read.ServiceProvider.GetRequiredService<RegistersDbContext>().ConfidentialReports.SingleAsync()).Status);
    }

    private static async Task<DateTimeOffset> ReleaseAsync(ReportsAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().OutboxMessages.AsNoTracking()
            .FirstAsync(m => m.IdempotencyKey.StartsWith("report-new:"))).NextAttemptAt;
    }

    private static async Task<Guid> ReportIdOfAsync(ReportsAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().ConfidentialReports.SingleAsync()).Id;
    }

    /// <summary>Every text value of <see cref="Tables"/>, read from the database file.</summary>
    private static async Task<List<(string Where, string Value)>> TextsAsync(string file)
    {
        var found = new List<(string, string)>();
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        foreach (var table in Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i) && reader.GetValue(i) is string value)
                    {
                        found.Add(($"{table}.{reader.GetName(i)}", value));
                    }
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"R-\d{4}-\d{4}")]
    private static partial Regex RegisterNumber();
}
