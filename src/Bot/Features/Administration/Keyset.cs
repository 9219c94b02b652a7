using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Administration;

/// <summary>
/// How a register is ordered for keyset paging (decision 145): its order both ways, and the rows after and before a
/// key in that order. Each register writes its four lambdas out plainly; <see cref="Keyset"/> does the paging once.
/// </summary>
public sealed record KeysetOrder<TEntity, TKey>(
    Func<IQueryable<TEntity>, IOrderedQueryable<TEntity>> Ascending,
    Func<IQueryable<TEntity>, IOrderedQueryable<TEntity>> Descending,
    Func<TKey, Expression<Func<TEntity, bool>>> After,
    Func<TKey, Expression<Func<TEntity, bool>>> Before)
    where TKey : class;

/// <summary>A page's request: the order, the key it starts after (or, <c>Backward</c>, ends before), the page's size.</summary>
public sealed record KeysetRequest<TKey>(bool Descending, TKey? Key, bool Backward, int Size)
    where TKey : class;

/// <summary>One page of rows, and whether there is a page before it and after it.</summary>
public sealed record KeysetPage<TRow>(IReadOnlyList<TRow> Rows, bool HasPrevious, bool HasNext);

/// <summary>
/// Keyset paging (<c>WHERE key &gt; @last ORDER BY key LIMIT n + 1</c>, decisions 141 and 145), the same for every
/// register page: going back reads the other way from the key and turns the rows round; one row more than the page
/// tells whether another page follows.
/// </summary>
public static class Keyset
{
    /// <summary>A page of whole entities (with what they include).</summary>
    public static Task<KeysetPage<TEntity>> PageAsync<TEntity, TKey>(
        IQueryable<TEntity> query, KeysetOrder<TEntity, TKey> order, KeysetRequest<TKey> request, CancellationToken ct)
        where TKey : class => ReadAsync(query, order, q => q, request, ct);

    /// <summary>A page of rows projected by <paramref name="select"/> after the order and the limit.</summary>
    public static Task<KeysetPage<TRow>> PageAsync<TEntity, TRow, TKey>(
        IQueryable<TEntity> query, KeysetOrder<TEntity, TKey> order, Expression<Func<TEntity, TRow>> select, KeysetRequest<TKey> request, CancellationToken ct)
        where TKey : class => ReadAsync(query, order, q => q.Select(select), request, ct);

    private static async Task<KeysetPage<TRow>> ReadAsync<TEntity, TRow, TKey>(
        IQueryable<TEntity> query, KeysetOrder<TEntity, TKey> order, Func<IQueryable<TEntity>, IQueryable<TRow>> shape, KeysetRequest<TKey> request, CancellationToken ct)
        where TKey : class
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(request);
        var readDescending = request.Descending != request.Backward;
        if (request.Key is { } key)
        {
            query = query.Where(readDescending ? order.Before(key) : order.After(key));
        }

        var ordered = readDescending ? order.Descending(query) : order.Ascending(query);
        var rows = await shape(ordered.Take(request.Size + 1)).ToListAsync(ct);
        var more = rows.Count > request.Size;
        rows = [.. rows.Take(request.Size)];
        if (request.Backward)
        {
            rows.Reverse();
        }

        var hasPrevious = request.Backward ? more : request.Key is not null;
        var hasNext = request.Backward ? request.Key is not null : more;
        return new KeysetPage<TRow>(rows, hasPrevious && rows.Count > 0, hasNext && rows.Count > 0);
    }
}
