using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.DirectorNotices;
using ComplianceBot.Bot.Tests.Delivery.Graph;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Graph.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Features.DirectorNotices;

/// <summary>Reg. 15–19 (<see cref="OfficerTerms"/>): expiring terms flagged to the director and the officer, once.</summary>
public sealed class OfficerTermsJobTests : FakeGraphTest
{
    [Fact]
    public async Task RunOnceAsync_TermEndsWithinThirtyDays_DirectorMailedAndOfficerToldOnce()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 4, 0, 0, TimeSpan.Zero));
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl, time, new() { ["Organization:DirectorAadObjectId"] = "aad-director" });
        await host.WithDbAsync(async db =>
        {
            db.Employees.Add(Employee.Create("aad-ending", "tenant-1", "Daniyar Omarov", "ru", time.GetUtcNow()));
            db.OfficerAppointments.Add(OfficerAppointment.Record("aad-ending", "No. 12", new(2026, 1, 5), new(2026, 1, 5), new(2026, 12, 31), "test", time.GetUtcNow()));
            db.OfficerAppointments.Add(OfficerAppointment.Record("aad-staying", "No. 14", new(2026, 1, 5), new(2026, 1, 5), new(2027, 6, 30), "test", time.GetUtcNow()));
            await db.SaveChangesAsync();
        });

        Assert.True(await host.Job<OfficerTermsJob>().RunOnceAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromHours(7));
        Assert.True(await host.Job<OfficerTermsJob>().RunOnceAsync(CancellationToken.None));
        await host.Dispatcher.RunOnceAsync(CancellationToken.None);

        var rows = await host.WithDbAsync(db => db.OutboxMessages.Where(m => m.IdempotencyKey.StartsWith(OfficerTerms.KeyPrefix)).ToListAsync());
        Assert.Equal([OutboxKinds.DirectorMail, OutboxKinds.TeamsSend], rows.Select(r => r.Kind).Order());
        var card = Assert.Single(rows, r => r.Kind == OutboxKinds.TeamsSend);
        Assert.Contains("aad-ending", card.Recipient, StringComparison.Ordinal);
        Assert.Contains("истекает", System.Text.RegularExpressions.Regex.Unescape(card.Payload), StringComparison.Ordinal);
        var mail = Assert.Single(GraphServer.Requests).Json.GetProperty("Message");
        Assert.Contains("No. 12", mail.GetProperty("subject").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnceAsync_TermEndsInThirtyOneDays_NothingQueued()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 4, 0, 0, TimeSpan.Zero));
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl, time);
        await host.WithDbAsync(async db =>
        {
            db.OfficerAppointments.Add(OfficerAppointment.Record("aad-ending", "No. 12", new(2026, 1, 5), new(2026, 1, 5), new(2026, 12, 31), "test", time.GetUtcNow()));
            await db.SaveChangesAsync();
        });

        Assert.True(await host.Job<OfficerTermsJob>().RunOnceAsync(CancellationToken.None));

        Assert.False(await host.WithDbAsync(db => db.OutboxMessages.AnyAsync()));
    }
}
