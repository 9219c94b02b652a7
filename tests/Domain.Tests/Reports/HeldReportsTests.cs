using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Reports;

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

    private static OutboxMessage Row(string key, DateTimeOffset createdAt) =>
        OutboxMessage.Create("teams.send", "someone", "{}", key, createdAt, createdAt);
}
