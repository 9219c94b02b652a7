using ComplianceBot.Domain;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>Today and review deadlines in the organisation's time zone, for cards (which must not need the registers).</summary>
public sealed class DeclarationCalendar(TimeProvider time, IOptions<OrganizationOptions> organization, IOptions<DeclarationOptions> options)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(organization.Value.TimeZone);

    public DateOnly Today => DateOf(time.GetUtcNow());

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone);

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
