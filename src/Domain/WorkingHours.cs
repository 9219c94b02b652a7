namespace ComplianceBot.Domain;

/// <summary>
/// Working time: Monday to Friday between a start and an end of the organisation's wall-clock day. Public holidays
/// are not known to the bot (as for the declaration review deadline), so they count as working days.
/// </summary>
public sealed record WorkingHours(TimeZoneInfo Zone, TimeSpan DayStart, TimeSpan DayEnd)
{
    /// <summary>
    /// The moment <paramref name="workingTime"/> of working time after <paramref name="from"/>; a start outside working
    /// hours counts from the next working day's start. The result is always inside working hours (before the day's end).
    /// </summary>
    public DateTimeOffset Add(DateTimeOffset from, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(DayStart, DayEnd);
        var local = TimeZoneInfo.ConvertTime(from, Zone).DateTime;
        var left = workingTime;
        while (true)
        {
            var day = local.Date;
            var start = day + DayStart;
            var end = day + DayEnd;
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || local >= end)
            {
                local = day.AddDays(1) + DayStart;
                continue;
            }

            if (local < start)
            {
                local = start;
            }

            var available = end - local;
            if (left < available)
            {
                var result = local + left;
                return new DateTimeOffset(result, Zone.GetUtcOffset(result)).ToUniversalTime();
            }

            left -= available;
            local = day.AddDays(1) + DayStart;
        }
    }

    /// <summary>Whether <paramref name="instant"/> falls within working hours.</summary>
    public bool Contains(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Zone).DateTime;
        return local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && local.TimeOfDay >= DayStart && local.TimeOfDay < DayEnd;
    }
}
