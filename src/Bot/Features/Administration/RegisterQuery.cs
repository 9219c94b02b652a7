using System.Globalization;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Administration;

/// <summary>
/// The officer's view of the declaration registers (the registers card, the export, the workspace's register pages):
/// the filters run in the database on indexed columns (status, filing instant, declarant), ordered by
/// (FiledAt, Id); the workspace pages it by key (decision 141), never by offset.
/// </summary>
public sealed class RegisterQuery(RegistersDbContext db, RegisterClock clock)
{
    /// <summary>Every row matching the filter, oldest first (the card's counts, the export).</summary>
    public async Task<IReadOnlyList<RegisterRow>> RowsAsync(RegisterFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var rows = new List<RegisterRow>();
        if (filter.Type is null or RegisterType.Gift)
        {
            rows.AddRange((await Gifts(filter).ToListAsync(cancellationToken)).Select(Row));
        }

        if (filter.Type is null or RegisterType.Conflict)
        {
            rows.AddRange((await Conflicts(filter).ToListAsync(cancellationToken)).Select(Row));
        }

        return [.. rows.OrderBy(r => r.FiledAt).ThenBy(r => r.Id)];
    }

    /// <summary>One page of one register: <paramref name="request"/>'s key is the row the page starts after (or ends before).</summary>
    public async Task<RegisterPage> PageAsync(RegisterPageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var filter = request.Filter;
        var keyed = new KeysetRequest<RegisterKey>(request.Descending, request.Key, request.Backward, request.Size);
        List<RegisterRow> rows;
        bool hasPrevious, hasNext;
        if (filter.Type == RegisterType.Conflict)
        {
            var page = await Keyset.PageAsync(Filed(db.ConflictDeclarations, filter), FiledOrder<ConflictOfInterestDeclaration>(), keyed, cancellationToken);
            (rows, hasPrevious, hasNext) = ([.. page.Rows.Select(Row)], page.HasPrevious, page.HasNext);
        }
        else
        {
            var page = await Keyset.PageAsync(Filed(db.GiftDeclarations, filter), FiledOrder<GiftDeclaration>(), keyed, cancellationToken);
            (rows, hasPrevious, hasNext) = ([.. page.Rows.Select(Row)], page.HasPrevious, page.HasNext);
        }

        return new RegisterPage(rows, hasPrevious ? RegisterKey.Of(rows[0]) : null, hasNext ? RegisterKey.Of(rows[^1]) : null);
    }

    private IQueryable<GiftDeclaration> Gifts(RegisterFilter filter) => Filed(db.GiftDeclarations, filter);

    private IQueryable<ConflictOfInterestDeclaration> Conflicts(RegisterFilter filter) => Filed(db.ConflictDeclarations, filter);

    /// <summary>The filter of both declaration registers (decision 145): status, filing days, department, number or name.</summary>
    private IQueryable<T> Filed<T>(IQueryable<T> declarations, RegisterFilter filter)
        where T : class, IFiledDeclaration
    {
        var (from, to) = Range(filter);
        var query = declarations.AsNoTracking();
        query = filter.Status is { } status ? query.Where(d => d.Status == status) : query;
        query = from is { } f ? query.Where(d => d.FiledAt >= f) : query;
        query = to is { } t ? query.Where(d => d.FiledAt < t) : query;
        if (filter.Department is { Length: > 0 } department)
        {
            var members = InDepartment(department);
            query = query.Where(d => members.Contains(d.DeclarantAadObjectId));
        }

        if (filter.Search is { Length: > 0 } s)
        {
            var (number, numberEnd) = Prefix(s.ToUpperInvariant());
            var named = NamedLike(s);
            query = query.Where(d => (d.Number!.CompareTo(number) >= 0 && d.Number!.CompareTo(numberEnd) < 0) || named.Contains(d.DeclarantAadObjectId));
        }

        return query;
    }

    /// <summary>Both declaration registers' order: filing instant, then id (the <c>(FiledAt, Id)</c> indexes).</summary>
    private static KeysetOrder<T, RegisterKey> FiledOrder<T>()
        where T : class, IFiledDeclaration => new(
        q => q.OrderBy(d => d.FiledAt).ThenBy(d => d.Id),
        q => q.OrderByDescending(d => d.FiledAt).ThenByDescending(d => d.Id),
        k => d => d.FiledAt > k.FiledAt || (d.FiledAt == k.FiledAt && d.Id.CompareTo(k.Id) > 0),
        k => d => d.FiledAt < k.FiledAt || (d.FiledAt == k.FiledAt && d.Id.CompareTo(k.Id) < 0));

    /// <summary>The ids of the people of <paramref name="department"/> (the Department index), as a subquery.</summary>
    public IQueryable<string> InDepartment(string department) =>
        db.Employees.Where(e => e.Department == department).Select(e => e.AadObjectId);

    /// <summary>
    /// The ids of people whose name begins with <paramref name="typed"/> (as typed, or with a capital first letter) —
    /// ranges on the DisplayName index rather than LIKE, which SQLite cannot serve from an index.
    /// </summary>
    public IQueryable<string> NamedLike(string typed)
    {
        var (start, end) = Prefix(typed);
        var (capital, capitalEnd) = Prefix(char.ToUpper(typed[0], CultureInfo.InvariantCulture) + typed[1..]);
        return db.Employees.Where(e => (e.DisplayName!.CompareTo(start) >= 0 && e.DisplayName!.CompareTo(end) < 0)
            || (e.DisplayName!.CompareTo(capital) >= 0 && e.DisplayName!.CompareTo(capitalEnd) < 0)).Select(e => e.AadObjectId);
    }

    /// <summary>The half-open range of strings that begin with <paramref name="prefix"/>.</summary>
    internal static (string Start, string End) Prefix(string prefix) => (prefix, prefix + '\uffff');

    /// <summary>The filter's days as instants: from the start of <c>From</c> to the start of the day after <c>To</c> (organisation's calendar).</summary>
    private (DateTimeOffset? From, DateTimeOffset? To) Range(RegisterFilter filter) =>
        (filter.From is { } f ? clock.StartOf(f) : null, filter.To is { } t ? clock.StartOf(t.AddDays(1)) : null);

    private static RegisterRow Row(GiftDeclaration g) => new(RegisterType.Gift, g.Number ?? "", g.DeclarantAadObjectId, g.FiledAt, g.Status, g.Current.VersionNumber,
        g.Current.Details.Description, g.Current.Details.EstimatedValueKzt, g.Decision?.Outcome.ToString(), g.Decision?.Reason, g.Decision?.DecidedAt, g.Id);

    private static RegisterRow Row(ConflictOfInterestDeclaration c) => new(RegisterType.Conflict, c.Number ?? "", c.DeclarantAadObjectId, c.FiledAt, c.Status, c.Current.VersionNumber,
        c.Current.Details.PersonalInterest, null, c.Assessment is { } a ? $"{a.Level} {a.Measure}".Trim() : null, c.Assessment?.Reason, c.Assessment?.AssessedAt, c.Id);
}

public enum RegisterType
{
    Gift,
    Conflict,
}

/// <summary>What the officer filters by; <c>Search</c> is the beginning of a register number or of a declarant's name (decision 141).</summary>
public sealed record RegisterFilter(RegisterType? Type, DeclarationStatus? Status, string? Department, DateOnly? From, DateOnly? To, string? Search = null);

public sealed record RegisterRow(
    RegisterType Type, string Number, string DeclarantAadObjectId, DateTimeOffset FiledAt, DeclarationStatus Status, int Version,
    string Summary, decimal? ValueKzt, string? Outcome, string? Reason, DateTimeOffset? DecidedAt, Guid Id = default);

/// <summary>A page's request: the filter, the order, and the key it starts after (or, <c>Backward</c>, ends before).</summary>
public sealed record RegisterPageRequest(RegisterFilter Filter, bool Descending, RegisterKey? Key, bool Backward, int Size);

/// <summary>One page: its rows, the key the previous page ends before (null on the first) and the key the next starts after (null on the last).</summary>
public sealed record RegisterPage(IReadOnlyList<RegisterRow> Rows, RegisterKey? Previous, RegisterKey? Next);

/// <summary>A row's place in the order, written into the "next"/"previous" links as <c>ticks.id</c>.</summary>
public sealed record RegisterKey(DateTimeOffset FiledAt, Guid Id)
{
    public static RegisterKey Of(RegisterRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.FiledAt, row.Id);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{FiledAt.UtcTicks}.{Id:N}");

    public static RegisterKey? Parse(string? text)
    {
        var parts = text?.Split('.') ?? [];
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks && Guid.TryParseExact(parts[1], "N", out var id)
            ? new RegisterKey(new DateTimeOffset(ticks, TimeSpan.Zero), id)
            : null;
    }
}
