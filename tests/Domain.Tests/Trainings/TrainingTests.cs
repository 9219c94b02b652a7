using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Trainings;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Trainings;

public sealed class TrainingTests : RegisterTestBase
{
    private static readonly Invitee Alice = new("aad-alice", "alice@contoso.kz", "Alice");
    private static readonly Invitee Bob = new("aad-bob", "bob@contoso.kz", "Bob");

    // Reg. 14.7: the service organises the seminars, so only an active officer schedules one.
    [Fact]
    public async Task Schedule_ByNonOfficer_IsRefused()
    {
        await using var db = Database.CreateContext();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => World.Roster(db).RequireActiveAsync("aad-stranger"));

        Assert.Equal(OfficerRoster.OnlyActiveOfficerRule, error.Rule);
    }

    [Fact]
    public async Task Schedule_StartInPast_IsRefused()
    {
        await using var db = Database.CreateContext();
        var officer = await World.OfficerAsync(db);

        var error = Assert.Throws<DomainRuleException>(() => Training.Schedule(officer, Plan(World.Clock.Now.AddMinutes(-1)), World.Clock.Now));

        Assert.Equal(Training.StartMustBeInFutureRule, error.Rule);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(600)]
    public async Task Schedule_DurationOutsideLimits_IsRefused(int minutes)
    {
        await using var db = Database.CreateContext();
        var officer = await World.OfficerAsync(db);

        var error = Assert.Throws<DomainRuleException>(() => Training.Schedule(officer, Plan(World.Clock.Now.AddDays(1)) with { DurationMinutes = minutes }, World.Clock.Now));

        Assert.Equal(Training.DurationWithinLimitsRule, error.Rule);
    }

    [Fact]
    public async Task Schedule_InPersonWithoutRoom_IsRefused()
    {
        await using var db = Database.CreateContext();
        var officer = await World.OfficerAsync(db);

        var error = Assert.Throws<DomainRuleException>(() => Training.Schedule(officer, Plan(World.Clock.Now.AddDays(1)) with { IsOnline = false, Room = " " }, World.Clock.Now));

        Assert.Equal(Training.PlaceRequiredRule, error.Rule);
    }

    [Fact]
    public async Task AddSession_NoInvitees_IsRefused()
    {
        await using var db = Database.CreateContext();
        var training = Training.Schedule(await World.OfficerAsync(db), Plan(World.Clock.Now.AddDays(1)), World.Clock.Now);

        var error = Assert.Throws<DomainRuleException>(() => training.AddSession(1, training.StartsAt, []));

        Assert.Equal(Training.AudienceNotEmptyRule, error.Rule);
    }

    [Fact]
    public async Task Schedule_Saved_KeepsSessionsSeatsAndAuditEntry()
    {
        await SaveTrainingAsync();

        await using var db = Database.CreateContext();
        var training = await db.Trainings.SingleAsync();
        var seat = training.Sessions.Single().Seats.OrderBy(s => s.Email).First();
        Assert.Equal("alice@contoso.kz", seat.Email);
        Assert.Equal(InvitationResponse.NoAnswer, seat.Response);
        Assert.Equal(TestWorld.OfficerA, training.ScheduledBy);
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.Action == "TrainingScheduled");
    }

    [Fact]
    public async Task EventCreated_DifferentIdTwice_IsRefusedButSameIdIsIdempotent()
    {
        var session = (await SaveTrainingAsync()).Sessions.Single();

        session.EventCreated("evt-1", World.Clock.Now);
        session.EventCreated("evt-1", World.Clock.Now);
        var error = Assert.Throws<DomainRuleException>(() => session.EventCreated("evt-2", World.Clock.Now));

        Assert.Equal(TrainingSession.EventIdSetOnceRule, error.Rule);
        Assert.Equal("evt-1", session.EventId);
    }

    // Reg. 14.7: attendance is a fact about a session that took place.
    [Fact]
    public async Task RecordAttendance_BeforeStart_IsRefused()
    {
        await SaveTrainingAsync();
        await using var db = Database.CreateContext();
        var session = await db.TrainingSessions.SingleAsync();
        var officer = await World.OfficerAsync(db);

        var error = Assert.Throws<DomainRuleException>(() => session.RecordAttendance(officer, new HashSet<string>(), "T", World.Clock));

        Assert.Equal(TrainingSession.AttendanceAfterStartRule, error.Rule);
    }

    [Fact]
    public async Task RecordAttendance_AfterSession_WritesHistoryForAttendeesOnlyAndOnlyOnce()
    {
        await SaveTrainingAsync();
        World.Time.Advance(TimeSpan.FromDays(2));
        await using (var db = Database.CreateContext())
        {
            var session = await db.TrainingSessions.SingleAsync();
            var officer = await World.OfficerAsync(db);
            db.TrainingHistory.AddRange(session.RecordAttendance(officer, new HashSet<string> { Alice.AadObjectId }, "Ethics", World.Clock));
            await db.SaveChangesAsync();

            var again = Assert.Throws<DomainRuleException>(() => session.RecordAttendance(officer, new HashSet<string>(), "Ethics", World.Clock));
            Assert.Equal(TrainingSeat.AttendanceOnceRule, again.Rule);
        }

        await using var check = Database.CreateContext();
        var history = await check.TrainingHistory.SingleAsync();
        Assert.Equal(Alice.AadObjectId, history.EmployeeAadObjectId);
        Assert.Equal(TrainingSource.Internal, history.Source);
        Assert.False((await check.TrainingSeats.SingleAsync(s => s.EmployeeAadObjectId == Bob.AadObjectId)).Attended);
    }

    // Reg. 21: the officer's own qualification training is tracked too.
    [Fact]
    public async Task RecordExternal_OfficersOwnTraining_IsKeptInHistory()
    {
        await using (var db = Database.CreateContext())
        {
            var officer = await World.OfficerAsync(db);
            db.TrainingHistory.Add(TrainingHistoryEntry.RecordExternal(officer, officer.AadObjectId, "Compliance course", "Agency academy", World.Clock.Today, World.Clock));
            await db.SaveChangesAsync();
        }

        await using var check = Database.CreateContext();
        var entry = await check.TrainingHistory.SingleAsync();
        Assert.Equal(TestWorld.OfficerA, entry.EmployeeAadObjectId);
        Assert.Equal(TrainingSource.External, entry.Source);
    }

    [Fact]
    public async Task RecordExternal_InFuture_IsRefused()
    {
        await using var db = Database.CreateContext();
        var officer = await World.OfficerAsync(db);

        Assert.Throws<DomainRuleException>(() => TrainingHistoryEntry.RecordExternal(officer, "aad-x", "Course", "Org", World.Clock.Today.AddDays(1), World.Clock));
    }

    [Fact]
    public async Task SeatResponse_Changed_IsSavedAsRegisterState()
    {
        await SaveTrainingAsync();
        await using (var db = Database.CreateContext())
        {
            var seat = await db.TrainingSeats.SingleAsync(s => s.EmployeeAadObjectId == Alice.AadObjectId);
            Assert.True(seat.RecordResponse(InvitationResponse.Accepted, World.Clock.Now));
            Assert.False(seat.RecordResponse(InvitationResponse.Accepted, World.Clock.Now));
            await db.SaveChangesAsync();
        }

        await using var check = Database.CreateContext();
        Assert.Equal(InvitationResponse.Accepted, (await check.TrainingSeats.SingleAsync(s => s.EmployeeAadObjectId == Alice.AadObjectId)).Response);
    }

    private TrainingPlan Plan(DateTimeOffset start) =>
        new("Ethics", "Gifts and conflicts", start, 60, true, null, TrainingAudience.Everyone);

    private async Task<Training> SaveTrainingAsync()
    {
        await using var db = Database.CreateContext();
        var training = Training.Schedule(await World.OfficerAsync(db), Plan(World.Clock.Now.AddDays(1)), World.Clock.Now);
        training.AddSession(1, training.StartsAt, [Alice, Bob]);
        db.Trainings.Add(training);
        await db.SaveChangesAsync();
        return training;
    }
}
