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
/// Reg. 22.3 (feedback within 3 months), decisions 132 and 135: a case's reminder never goes to a handling officer who
/// has left or whose appointment has ended — the officers who may take the case over get it, or, with nobody, the
/// director is asked once to appoint an officer.
/// </summary>
public sealed class HandlerGoneReminderTests
{
    private const string SecondOfficer = "aad-officer-2-5d1e";

    // Tuesday 10 March 2026, 10:00 in Almaty; the feedback deadline is 3 months later, its reminder 14 days before.
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 5, 0, 0, TimeSpan.Zero);

    // Reg. 22.3, 14.12: the handler left (the directory marked the account); the other officer gets the feedback reminder.
    [Fact]
    public async Task FeedbackReminder_HandlerLeft_GoesToTheOtherOfficer()
    {
        var (app, time) = App();
        using var _ = app;
        var id = await FiledAndAcknowledgedAsync(app);
        await app.AppointOfficerAsync(SecondOfficer);
        await WithDbAsync(app, async (db, clock) =>
        {
            var handler = await db.Employees.SingleOrDefaultAsync(e => e.AadObjectId == ReportsAppFactory.Officer);
            if (handler is null)
            {
                handler = Employee.Create(ReportsAppFactory.Officer, "tenant-1", "Aigerim Officer", "en", clock.Now);
                db.Employees.Add(handler);
            }

            handler.MarkLeft(clock.Today, clock.Now);
            await db.SaveChangesAsync();
        });
        time.Advance(TimeSpan.FromDays(85));

        var rows = await RemindersAfterPassAsync(app, id);

        Assert.Equal([SecondOfficer], rows.Where(r => r.Key.StartsWith("feedback-reminder:", StringComparison.Ordinal)).Select(r => r.Recipient));
        Assert.DoesNotContain(rows, r => r.Recipient == ReportsAppFactory.Officer);
        Assert.DoesNotContain(rows, r => r.Key.Contains(nameof(DirectorNoticeType.CaseNeedsOfficer), StringComparison.Ordinal));
    }

    // Reg. 22.3, 15–17, 23.3: the handler's appointment ended and no other officer exists; the director is asked to
    // appoint one (mail and card, as at filing), once however often the pass runs, and the former officer gets nothing.
    [Fact]
    public async Task FeedbackReminder_HandlerAppointmentEndedAndNoOtherOfficer_DirectorAskedOnce()
    {
        var (app, time) = App();
        using var _ = app;
        var id = await FiledAndAcknowledgedAsync(app);
        await WithDbAsync(app, async (db, clock) =>
        {
            var appointment = await db.OfficerAppointments.SingleAsync(a => a.OfficerAadObjectId == ReportsAppFactory.Officer);
            appointment.Terminate(clock.Today.AddDays(1), "cli:test", clock.Now, "moved to another post");
            await db.SaveChangesAsync();
        });
        time.Advance(TimeSpan.FromDays(85));

        var first = await RemindersAfterPassAsync(app, id);
        var second = await RemindersAfterPassAsync(app, id);

        Assert.DoesNotContain(first, r => r.Key.StartsWith("feedback-reminder:", StringComparison.Ordinal));
        var flags = first.Where(r => r.Key.Contains(nameof(DirectorNoticeType.CaseNeedsOfficer), StringComparison.Ordinal)).ToList();
        Assert.Equal([ReportNotices.DirectorCardKeyPrefix, ReportNotices.DirectorMailKeyPrefix],
            flags.Select(r => r.Key[..(r.Key.IndexOf(':', StringComparison.Ordinal) + 1)]).Order(StringComparer.Ordinal));
        Assert.All(flags, r => Assert.Equal(ReportsAppFactory.Director, r.Recipient));
        Assert.Equal(first, second);
    }

    // Reg. 22.3 (acknowledge within 7 days), 15–17, 23.3: the case was filed while its officer held office, so nobody
    // asked the director then; the appointment ends before the acknowledgement is due. The acknowledgement reminder
    // goes to nobody who is no officer, and the director is asked to appoint one, once however often the pass runs.
    [Fact]
    public async Task AcknowledgementReminder_HandlerAppointmentEndedAndNoOtherOfficer_DirectorAskedOnce()
    {
        var (app, time) = App();
        using var _ = app;
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await driver.FileAsync(ReportFlowDriver.Reporter, "named");
        var id = Guid.Empty;
        await WithDbAsync(app, async (db, clock) =>
        {
            id = await db.ConfidentialReports.Select(r => r.Id).SingleAsync();
            var appointment = await db.OfficerAppointments.SingleAsync(a => a.OfficerAadObjectId == ReportsAppFactory.Officer);
            appointment.Terminate(clock.Today.AddDays(1), "cli:test", clock.Now, "moved to another post");
            await db.SaveChangesAsync();
        });
        var atFiling = await RemindersAfterPassAsync(app, id);
        time.Advance(TimeSpan.FromDays(5));

        var first = await RemindersAfterPassAsync(app, id);
        var second = await RemindersAfterPassAsync(app, id);

        Assert.DoesNotContain(atFiling, r => r.Key.Contains(nameof(DirectorNoticeType.CaseNeedsOfficer), StringComparison.Ordinal));
        Assert.DoesNotContain(first, r => r.Key.StartsWith("ack-reminder:", StringComparison.Ordinal));
        var flags = first.Where(r => r.Key.Contains(nameof(DirectorNoticeType.CaseNeedsOfficer), StringComparison.Ordinal)).ToList();
        Assert.Equal([ReportNotices.DirectorCardKeyPrefix, ReportNotices.DirectorMailKeyPrefix],
            flags.Select(r => r.Key[..(r.Key.IndexOf(':', StringComparison.Ordinal) + 1)]).Order(StringComparer.Ordinal));
        Assert.All(flags, r => Assert.Equal(ReportsAppFactory.Director, r.Recipient));
        Assert.Equal(first, second);
    }

    private static (ReportsAppFactory App, FakeTimeProvider Time) App()
    {
        var time = new FakeTimeProvider(Start);
        var app = new ReportsAppFactory();
        app.TestServices = services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(time);
            services.WithoutBackgroundServices();
        };
        return (app, time);
    }

    private static async Task<Guid> FiledAndAcknowledgedAsync(ReportsAppFactory app)
    {
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await driver.FileAsync(ReportFlowDriver.Reporter, "named");
        var id = Guid.Empty;
        await WithDbAsync(app, async (db, _) => id = await db.ConfidentialReports.Select(r => r.Id).SingleAsync());
        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        return id;
    }

    private static async Task<List<(string Key, string Recipient)>> RemindersAfterPassAsync(ReportsAppFactory app, Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DeadlineReminders>().QueueAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.IdempotencyKey.Contains(id.ToString()) && (m.IdempotencyKey.Contains("reminder:") || m.IdempotencyKey.Contains(":CaseNeedsOfficer:")))
            .Select(m => new { m.IdempotencyKey, m.Recipient }).ToListAsync();
        return [.. rows.Select(r => (r.IdempotencyKey, r.Recipient)).OrderBy(r => r.IdempotencyKey, StringComparer.Ordinal)];
    }

    private static async Task WithDbAsync(ReportsAppFactory app, Func<RegistersDbContext, RegisterClock, Task> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<RegistersDbContext>(), scope.ServiceProvider.GetRequiredService<RegisterClock>());
    }
}
