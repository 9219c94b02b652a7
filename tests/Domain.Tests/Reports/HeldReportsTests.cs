using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Reports;

/// <summary>
/// Decision 119: an anonymous report stays out of the officers' sight until its filing notices' release moment, which
/// only the held outbox rows carry (Reg. 23.2).
/// </summary>
public sealed class HeldReportsTests : RegisterTestBase
{
    [Fact]
    public async Task AtAsync_FilingRowsHeldUntilTheirMoment_NameTheReportUntilThen()
    {
        var held = Guid.NewGuid();
        var released = Guid.NewGuid();
        var other = Guid.NewGuid();
        var now = World.Clock.Now;
        var moment = now + TimeSpan.FromMinutes(40);
        await using (var db = Database.CreateContext())
        {
            db.OutboxMessages.Add(Row($"report-new:{held}:officer-a", moment));
            db.OutboxMessages.Add(Row($"director-mail:ReportFiled:{held}", moment));
            db.OutboxMessages.Add(Row($"report-new:{released}:officer-a", now - TimeSpan.FromMinutes(5)));
            // A held row that is not a filing notice (a reply waiting for its own moment) hides no report.
            db.OutboxMessages.Add(Row($"report-reply:{other}", moment));
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        Assert.Equal([held], await HeldReports.AtAsync(read, now));
        Assert.True(await HeldReports.IsHeldAsync(read, held, now));
        Assert.False(await HeldReports.IsHeldAsync(read, released, now));
        Assert.False(await HeldReports.IsHeldAsync(read, other, now));
        Assert.Empty(await HeldReports.AtAsync(read, moment));
    }

    // Decision 119: only a pending filing notice holds its report back; one already delivered (an instance whose clock
    // ran ahead) or given up as failed hides nothing from the officers.
    [Fact]
    public async Task AtAsync_FilingRowsDeliveredOrFailed_HoldNothing()
    {
        var delivered = Guid.NewGuid();
        var failed = Guid.NewGuid();
        var now = World.Clock.Now;
        var moment = now + TimeSpan.FromMinutes(40);
        await using (var db = Database.CreateContext())
        {
            db.OutboxMessages.Add(Row($"report-new:{delivered}:officer-a", moment));
            db.OutboxMessages.Add(Row($"report-new:{failed}:officer-a", moment));
            await db.SaveChangesAsync();
            await db.OutboxMessages.Where(m => m.IdempotencyKey.Contains(delivered.ToString()))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, now));
            await db.OutboxMessages.Where(m => m.IdempotencyKey.Contains(failed.ToString()))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.FailedAt, now));
        }

        await using var read = Database.CreateContext();
        Assert.Empty(await HeldReports.AtAsync(read, now));
        await Assert.ThrowsAsync<ArgumentNullException>(() => HeldReports.AtAsync(null!, now));
    }

    private static OutboxMessage Row(string key, DateTimeOffset createdAt) =>
        OutboxMessage.Create("teams.send", "someone", "{}", key, createdAt, createdAt);
}
