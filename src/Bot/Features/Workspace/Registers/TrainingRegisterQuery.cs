using System.Globalization;
using System.Linq.Expressions;
using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Trainings;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Workspace.Registers;

/// <summary>One training as the register page and the export show it: when, for whom, how many invited and attended.</summary>
public sealed record TrainingRow(
    Guid Id, string Title, DateTimeOffset StartsAt, int DurationMinutes, bool IsOnline, string? Room, AudienceKind AudienceKind, string Audience,
    int Sessions, int Seats, int Attended, int Recorded)
{
    public RegisterKey Key => new(StartsAt, Id);

    /// <summary>Whether attendance was recorded for every session (until then "attended" is not final).</summary>
    public bool AttendanceComplete => Sessions > 0 && Recorded == Sessions;
}

/// <summary>
/// The trainings register (Reg. 14.6, 14.7) for the officer's page and export (decision 145): trainings filtered by the
/// days they start within and by a title's beginning (index ranges, as typed or with a capital first letter), ordered by
/// (StartsAt, Id) — the <c>(StartsAt, Id)</c> and <c>Title</c> indexes. The counts are subqueries over the page's rows only.
/// </summary>
public sealed class TrainingRegisterQuery(RegistersDbContext db, RegisterClock clock)
{
    public static KeysetOrder<Training, RegisterKey> Order { get; } = new(
        q => q.OrderBy(t => t.StartsAt).ThenBy(t => t.Id),
        q => q.OrderByDescending(t => t.StartsAt).ThenByDescending(t => t.Id),
        k => t => t.StartsAt > k.FiledAt || (t.StartsAt == k.FiledAt && t.Id.CompareTo(k.Id) > 0),
        k => t => t.StartsAt < k.FiledAt || (t.StartsAt == k.FiledAt && t.Id.CompareTo(k.Id) < 0));

    private static readonly Expression<Func<Training, TrainingRow>> Row = t => new TrainingRow(
        t.Id, t.Title, t.StartsAt, t.DurationMinutes, t.IsOnline, t.Room, t.AudienceKind, t.Audience,
        t.Sessions.Count,
        t.Sessions.SelectMany(s => s.Seats).Count(),
        t.Sessions.SelectMany(s => s.Seats).Count(seat => seat.Attended == true),
        t.Sessions.Count(s => s.AttendanceRecordedAt != null));

    public Task<KeysetPage<TrainingRow>> PageAsync(TrainingView view, int size, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(view);
        var request = new KeysetRequest<RegisterKey>(view.Descending, view.Before ?? view.After, view.Before is not null, size);
        return Keyset.PageAsync(Filtered(view), Order, Row, request, ct);
    }

    public async Task<IReadOnlyList<TrainingRow>> RowsAsync(TrainingView view, CancellationToken ct) =>
        await Order.Ascending(Filtered(view)).Select(Row).ToListAsync(ct);

    private IQueryable<Training> Filtered(TrainingView view)
    {
        var query = db.Trainings.AsNoTracking();
        if (view.From is { } from)
        {
            var start = clock.StartOf(from);
            query = query.Where(t => t.StartsAt >= start);
        }

        if (view.To is { } to)
        {
            var end = clock.StartOf(to.AddDays(1));
            query = query.Where(t => t.StartsAt < end);
        }

        if (view.Topic is { } topic)
        {
            var (start, end) = RegisterQuery.Prefix(topic);
            var (capital, capitalEnd) = RegisterQuery.Prefix(char.ToUpper(topic[0], CultureInfo.InvariantCulture) + topic[1..]);
            query = query.Where(t => (t.Title.CompareTo(start) >= 0 && t.Title.CompareTo(end) < 0) || (t.Title.CompareTo(capital) >= 0 && t.Title.CompareTo(capitalEnd) < 0));
        }

        return query;
    }
}
