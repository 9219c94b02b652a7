using Microsoft.EntityFrameworkCore;
using ComplianceBot.Domain.People;

namespace ComplianceBot.Domain.Tests.People;

public sealed class OfficerRosterTests : RegisterTestBase
{
    // Reg. 17: a collegial service — overlapping appointments all count.
    [Fact]
    public async Task GetActiveAsync_OverlappingTerms_ReturnsEveryOfficer()
    {
        await using var db = Database.CreateContext();

        var active = await World.Roster(db).GetActiveAsync(World.Clock.Now);

        Assert.Equal([TestWorld.OfficerA, TestWorld.OfficerB], active.Select(a => a.OfficerAadObjectId).Order());
    }

    // Reg. 15: an expired term grants nothing.
    [Fact]
    public async Task RequireActiveAsync_AfterTermEnds_IsRefused()
    {
        await using var db = Database.CreateContext();
        World.Time.SetUtcNow(new DateTimeOffset(2027, 1, 1, 6, 0, 0, TimeSpan.Zero));

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => World.Roster(db).RequireActiveAsync(TestWorld.OfficerA));

        Assert.Equal(OfficerRoster.OnlyActiveOfficerRule, error.Rule);
    }

    // Reg. 8: an appointment of the director in the table — whatever wrote it — makes no officer of the director.
    [Fact]
    public async Task RequireActiveAsync_DirectorWithAnAppointmentRow_IsRefused()
    {
        await using (var db = Database.CreateContext())
        {
            db.OfficerAppointments.Add(OfficerAppointment.Record(
                TestWorld.Director, "D-9/2026", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5), new DateOnly(2026, 12, 31), TestWorld.Director, World.Clock.Now));
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => World.Roster(read).RequireActiveAsync(TestWorld.Director));

        Assert.Equal(OfficerRoster.OnlyActiveOfficerRule, error.Rule);
        Assert.DoesNotContain(TestWorld.Director, (await World.Roster(read).GetActiveAsync(World.Clock.Now)).Select(a => a.OfficerAadObjectId));
    }

    [Fact]
    public async Task RequireActiveAsync_NeverAppointed_IsRefused()
    {
        await using var db = Database.CreateContext();

        await Assert.ThrowsAsync<DomainRuleException>(() => World.Roster(db).RequireActiveAsync(TestWorld.Employee));
    }

    [Fact]
    public async Task Terminate_ThenCheckLaterDay_GrantsNothing()
    {
        await using (var db = Database.CreateContext())
        {
            var appointment = db.OfficerAppointments.Single(a => a.OfficerAadObjectId == TestWorld.OfficerB);
            appointment.Terminate(World.Clock.Today.AddDays(1), TestWorld.Director, World.Clock.Now);
            await db.SaveChangesAsync();
        }

        World.Time.Advance(TimeSpan.FromDays(2));
        await using var later = Database.CreateContext();
        var active = await World.Roster(later).GetActiveAsync(World.Clock.Now);
        Assert.Equal([TestWorld.OfficerA], active.Select(a => a.OfficerAadObjectId));
    }

    // Reg. 15 (OfficerTerms): a term ending within 30 days is flagged; 31 days ahead it is not yet.
    [Fact]
    public async Task GetExpiringAsync_ThirtyDaysBeforeTheEnd_FlagsTheTerm()
    {
        await using var db = Database.CreateContext();
        World.Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero));
        Assert.Empty(await World.Roster(db).GetExpiringAsync());

        World.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, (await World.Roster(db).GetExpiringAsync()).Count);
    }

    // Reg. 15: the term that ends first is flagged first.
    [Fact]
    public async Task GetExpiringAsync_TwoTermsEnding_TheEarlierEndComesFirst()
    {
        await using (var db = Database.CreateContext())
        {
            (await db.OfficerAppointments.SingleAsync(a => a.OfficerAadObjectId == TestWorld.OfficerA)).Terminate(World.Clock.Today, TestWorld.Director, World.Clock.Now);
            db.OfficerAppointments.Add(OfficerAppointment.Record(
                TestWorld.OfficerA, "D-9", World.Clock.Today, World.Clock.Today, new DateOnly(2026, 12, 20), TestWorld.Director, World.Clock.Now));
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        World.Time.SetUtcNow(new DateTimeOffset(2026, 12, 10, 6, 0, 0, TimeSpan.Zero));
        var expiring = await World.Roster(read).GetExpiringAsync();

        Assert.Equal([(TestWorld.OfficerA, new DateOnly(2026, 12, 20)), (TestWorld.OfficerB, new DateOnly(2026, 12, 31))],
            expiring.Select(a => (a.OfficerAadObjectId, a.TermEnd)));
    }

    // Reg. 15–19: an appointment ended early is its own decision; nothing is left to flag.
    [Fact]
    public async Task GetExpiringAsync_TermEndedEarlyAfterToday_IsNotFlagged()
    {
        await using (var db = Database.CreateContext())
        {
            (await db.OfficerAppointments.SingleAsync(a => a.OfficerAadObjectId == TestWorld.OfficerA))
                .Terminate(new DateOnly(2026, 12, 20), TestWorld.Director, World.Clock.Now, "moves to another post");
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        World.Time.SetUtcNow(new DateTimeOffset(2026, 12, 10, 6, 0, 0, TimeSpan.Zero));
        Assert.Equal([TestWorld.OfficerB], (await World.Roster(read).GetExpiringAsync()).Select(a => a.OfficerAadObjectId));
    }

    [Fact]
    public void Record_TermEndingBeforeStart_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => OfficerAppointment.Record(
            TestWorld.OfficerA, "D-2", new DateOnly(2026, 1, 1), new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 1), TestWorld.Director, World.Clock.Now));

        Assert.Equal(DomainMessageKeys.OfficerTermInvalid, error.MessageKey);
    }
}
