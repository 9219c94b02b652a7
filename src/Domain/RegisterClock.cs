using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain;

/// <summary>The current instant, and dates in the organisation's time zone (Asia/Almaty), from <see cref="TimeProvider"/>.</summary>
public sealed class RegisterClock
{
    private readonly TimeProvider _time;

    public RegisterClock(TimeProvider time, IOptions<OrganizationOptions> organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        _time = time;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(organization.Value.TimeZone);
    }

    public TimeZoneInfo Zone { get; }

    public DateTimeOffset Now => _time.GetUtcNow();

    public DateOnly Today => DateOf(Now);

    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>Midnight of <paramref name="date"/> in the organisation's zone, as an instant in UTC.</summary>
    public DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
