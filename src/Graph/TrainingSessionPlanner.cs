namespace ComplianceBot.Graph;

/// <summary>Splits a large training audience into sessions no larger than the room or meeting capacity (Reg. 14.7).</summary>
public static class TrainingSessionPlanner
{
    /// <summary>
    /// Returns ceil(n / capacity) sessions of near-equal size (sizes differ by at most one, larger first), one after
    /// another separated by <paramref name="gap"/>. Attendees keep their order; a repeated address is invited once.
    /// </summary>
    public static IReadOnlyList<PlannedSession> Split(
        IReadOnlyList<TrainingAttendee> attendees,
        int capacity,
        DateTimeOffset firstStart,
        TimeSpan duration,
        TimeSpan gap)
    {
        ArgumentNullException.ThrowIfNull(attendees);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(gap, TimeSpan.Zero);

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var unique = attendees.Where(a => seen.Add(a.Email.Trim())).ToList();
        if (unique.Count == 0)
        {
            return [];
        }

        var count = (unique.Count + capacity - 1) / capacity;
        var baseSize = unique.Count / count;
        var larger = unique.Count % count;
        var sessions = new List<PlannedSession>(count);
        var taken = 0;
        for (var i = 0; i < count; i++)
        {
            var size = baseSize + (i < larger ? 1 : 0);
            var start = firstStart + ((duration + gap) * i);
            sessions.Add(new PlannedSession(i + 1, start, duration, unique.GetRange(taken, size)));
            taken += size;
        }

        return sessions;
    }
}

/// <summary>One session of a split training; <see cref="Number"/> counts from 1.</summary>
public sealed record PlannedSession(int Number, DateTimeOffset Start, TimeSpan Duration, IReadOnlyList<TrainingAttendee> Attendees)
{
    public DateTimeOffset End => Start + Duration;
}
