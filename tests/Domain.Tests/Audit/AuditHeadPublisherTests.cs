using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Audit;

// Decision 120: the head is kept outside the database (archive) and in the officers' mail.
public sealed class AuditHeadPublisherTests : RegisterTestBase
{
    [Fact]
    public async Task PublishAsync_WritesTheTailToTheLocalArchiveAndQueuesOneMailPerActiveOfficer()
    {
        await using (var db = Database.CreateContext())
        {
            db.GiftDeclarations.Add(GiftDeclaration.File(TestWorld.Employee, new GiftDetails(
                GiftDirection.Given, new DateOnly(2026, 2, 1), null, "Partner JSC", false, "Visit", "Souvenir", 5000m, GiftWhereabouts.Other), World.Clock));
            await db.SaveChangesAsync();
        }

        var archive = new LocalAuditHeadArchive(World.RegistersOptions);
        AuditChainHead? published;
        await using (var db = Database.CreateContext())
        {
            published = await new AuditHeadPublisher(db, archive, World.Roster(db), World.Time).PublishAsync(CancellationToken.None);
        }

        await using var read = Database.CreateContext();
        var tail = await read.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.NotNull(published);
        Assert.Equal(tail.Sequence, published.Sequence);
        Assert.Equal(tail.Hash, published.Hash);
        Assert.Equal(Path.Combine(Database.Folder, LocalAuditHeadArchive.FileName), archive.Location);
        Assert.Equal(published, await archive.ReadLatestAsync(CancellationToken.None));
        var mails = await read.OutboxMessages.Where(m => m.Kind == OutboxKinds.AuditHeadMail).ToListAsync();
        Assert.Equal([TestWorld.OfficerA, TestWorld.OfficerB], mails.Select(m => m.Recipient).Order());
        Assert.All(mails, m => Assert.Equal(published, AuditChainHead.Parse(m.Payload)));
    }

    [Fact]
    public async Task PublishAsync_Twice_AppendsToTheArchiveAndTheLatestHeadWins()
    {
        var archive = new LocalAuditHeadArchive(World.RegistersOptions);
        await using (var db = Database.CreateContext())
        {
            await new AuditHeadPublisher(db, archive, World.Roster(db), World.Time).PublishAsync(CancellationToken.None);
        }

        await using (var db = Database.CreateContext())
        {
            db.GiftDeclarations.Add(GiftDeclaration.File(TestWorld.Employee, new GiftDetails(
                GiftDirection.Given, new DateOnly(2026, 2, 1), null, "Partner JSC", false, "Visit", "Souvenir", 5000m, GiftWhereabouts.Other), World.Clock));
            await db.SaveChangesAsync();
            World.Time.Advance(TimeSpan.FromDays(1));
            await new AuditHeadPublisher(db, archive, World.Roster(db), World.Time).PublishAsync(CancellationToken.None);
        }

        var lines = await File.ReadAllLinesAsync(archive.Location);
        Assert.Equal(2, lines.Length);
        await using var read = Database.CreateContext();
        Assert.Equal(await read.AuditEntries.MaxAsync(e => e.Sequence), (await archive.ReadLatestAsync(CancellationToken.None))!.Sequence);
    }

    // Decision 120, changed after review: hourly heads are all archived, but each officer gets one head mail a day.
    [Fact]
    public async Task PublishAsync_HourlyWithinOneDay_ArchivesEachHeadAndMailsOfficersOnce()
    {
        var archive = new LocalAuditHeadArchive(World.RegistersOptions);
        for (var hour = 0; hour < 3; hour++)
        {
            await using var db = Database.CreateContext();
            db.GiftDeclarations.Add(GiftDeclaration.File(TestWorld.Employee, new GiftDetails(
                GiftDirection.Given, new DateOnly(2026, 2, 1), null, "Partner JSC", false, "Visit", "Souvenir", 5000m, GiftWhereabouts.Other), World.Clock));
            await db.SaveChangesAsync();
            await new AuditHeadPublisher(db, archive, World.Roster(db), World.Time).PublishAsync(CancellationToken.None);
            World.Time.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(3, (await File.ReadAllLinesAsync(archive.Location)).Length);
        await using var read = Database.CreateContext();
        Assert.Equal(2, await read.OutboxMessages.CountAsync(m => m.Kind == OutboxKinds.AuditHeadMail));
    }

    // Decision 120: one head mail a day means one on each day — the next day's head reaches the officers again.
    [Fact]
    public async Task PublishAsync_OnTwoDays_MailsEachOfficerOnEachDayUnderThatDaysKey()
    {
        var archive = new LocalAuditHeadArchive(World.RegistersOptions);
        for (var day = 0; day < 2; day++)
        {
            await using var db = Database.CreateContext();
            await new AuditHeadPublisher(db, archive, World.Roster(db), World.Time).PublishAsync(CancellationToken.None);
            World.Time.Advance(TimeSpan.FromDays(1));
        }

        await using var read = Database.CreateContext();
        var keys = await read.OutboxMessages.Where(m => m.Kind == OutboxKinds.AuditHeadMail && m.Recipient == TestWorld.OfficerA)
            .Select(m => m.IdempotencyKey).ToListAsync();
        Assert.Equal([$"audit-head:20260310:{TestWorld.OfficerA}", $"audit-head:20260311:{TestWorld.OfficerA}"], keys.Order());
    }

    [Fact]
    public void PublishInterval_DefaultsToOneHour() => Assert.Equal(TimeSpan.FromHours(1), new AuditOptions().PublishInterval);
}
