namespace ComplianceBot.Graph.Tests;

public sealed class TrainingSessionPlannerTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(5));

    private static List<TrainingAttendee> People(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new TrainingAttendee($"user{i}@contoso.kz", null))];

    [Fact]
    public void Split_45WithCapacity20_ThreeBalancedSessionsOneAfterAnother()
    {
        var sessions = TrainingSessionPlanner.Split(People(45), 20, Start, TimeSpan.FromMinutes(90), TimeSpan.FromMinutes(30));

        Assert.Equal([15, 15, 15], sessions.Select(s => s.Attendees.Count));
        Assert.Equal([1, 2, 3], sessions.Select(s => s.Number));
        Assert.Equal([Start, Start.AddHours(2), Start.AddHours(4)], sessions.Select(s => s.Start));
        Assert.Equal(Start.AddMinutes(90), sessions[0].End);
        Assert.Equal(People(45).Select(p => p.Email), sessions.SelectMany(s => s.Attendees).Select(a => a.Email));
    }

    [Fact]
    public void Split_UnevenAudience_SizesDifferByAtMostOneLargerFirst()
    {
        var sessions = TrainingSessionPlanner.Split(People(41), 20, Start, TimeSpan.FromHours(1), TimeSpan.Zero);

        Assert.Equal([14, 14, 13], sessions.Select(s => s.Attendees.Count));
        Assert.All(sessions, s => Assert.True(s.Attendees.Count <= 20));
    }

    [Fact]
    public void Split_AudienceWithinCapacity_OneSession()
    {
        var sessions = TrainingSessionPlanner.Split(People(20), 20, Start, TimeSpan.FromHours(1), TimeSpan.Zero);

        Assert.Equal(20, Assert.Single(sessions).Attendees.Count);
    }

    [Fact]
    public void Split_RepeatedAddress_InvitedOnce()
    {
        var people = new List<TrainingAttendee> { new("a@contoso.kz", null), new("A@Contoso.kz ", "A"), new("b@contoso.kz", null) };

        var sessions = TrainingSessionPlanner.Split(people, 1, Start, TimeSpan.FromHours(1), TimeSpan.Zero);

        Assert.Equal(["a@contoso.kz", "b@contoso.kz"], sessions.SelectMany(s => s.Attendees).Select(a => a.Email));
    }

    [Fact]
    public void Split_NoAttendees_NoSessions() =>
        Assert.Empty(TrainingSessionPlanner.Split([], 10, Start, TimeSpan.FromHours(1), TimeSpan.Zero));

    [Fact]
    public void Split_ZeroCapacity_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TrainingSessionPlanner.Split(People(3), 0, Start, TimeSpan.FromHours(1), TimeSpan.Zero));
}
