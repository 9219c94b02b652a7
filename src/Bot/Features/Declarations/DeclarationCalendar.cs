using ComplianceBot.Domain;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>
/// Today and review deadlines for the declaration cards, in the organisation's time zone as the registers keep it
/// (<see cref="RegisterClock"/>, the one place that reads <c>Organization:TimeZone</c> for dates).
/// </summary>
public sealed class DeclarationCalendar(RegisterClock clock, IOptions<DeclarationOptions> options)
{
    public DateOnly Today => clock.Today;

    public DateOnly DateOf(DateTimeOffset instant) => clock.DateOf(instant);

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, clock.Zone);

    /// <summary>
    /// The review deadline of a declaration filed at <paramref name="filedAt"/>: that many working days later,
    /// Saturdays and Sundays skipped. Public holidays are not known to the bot, so the date is a lower bound.
    /// </summary>
    public DateOnly ReviewDeadline(DateTimeOffset filedAt)
    {
        var date = DateOf(filedAt);
        for (var left = options.Value.ReviewWorkingDays; left > 0;)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                left--;
            }
        }

        return date;
    }
}
