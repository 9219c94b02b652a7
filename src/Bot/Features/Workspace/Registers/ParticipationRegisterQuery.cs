using System.Linq.Expressions;
using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Workspace.Registers;

/// <summary>One participation record as the register page and the export show it (Reg. 24.1).</summary>
public sealed record ParticipationRow(Guid Id, string PersonAadObjectId, string UnitOrProcess, DateOnly From, DateOnly? To, DateTimeOffset RecordedAt)
{
    public DayKey Key => new(From, Id);
}

/// <summary>
/// The participation register (Reg. 24.1: who took part in which unit or process, and when — what the recusal rule reads)
/// for the officer's page and export (decision 145): filtered by the person's name, the process's name (both by their
/// beginning, index ranges) and the period the participation overlaps, ordered by (From, Id) — the <c>(From, Id)</c>
/// and <c>(ProcessKey, From, Id)</c> indexes.
/// </summary>
public sealed class ParticipationRegisterQuery(RegistersDbContext db, RegisterQuery declarations)
{
    public static KeysetOrder<ParticipationRecord, DayKey> Order { get; } = new(
        q => q.OrderBy(r => r.From).ThenBy(r => r.Id),
        q => q.OrderByDescending(r => r.From).ThenByDescending(r => r.Id),
        k => r => r.From > k.Day || (r.From == k.Day && r.Id.CompareTo(k.Id) > 0),
        k => r => r.From < k.Day || (r.From == k.Day && r.Id.CompareTo(k.Id) < 0));

    private static readonly Expression<Func<ParticipationRecord, ParticipationRow>> Row =
        r => new ParticipationRow(r.Id, r.PersonAadObjectId, r.UnitOrProcess, r.From, r.To, r.RecordedAt);

    public Task<KeysetPage<ParticipationRow>> PageAsync(ParticipationView view, int size, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(view);
        var request = new KeysetRequest<DayKey>(view.Descending, view.Before ?? view.After, view.Before is not null, size);
        return Keyset.PageAsync(Filtered(view), Order, Row, request, ct);
    }

    public async Task<IReadOnlyList<ParticipationRow>> RowsAsync(ParticipationView view, CancellationToken ct) =>
        await Order.Ascending(Filtered(view)).Select(Row).ToListAsync(ct);

    private IQueryable<ParticipationRecord> Filtered(ParticipationView view)
    {
        var query = db.ParticipationRecords.AsNoTracking();
        if (view.Person is { } person)
        {
            var named = declarations.NamedLike(person);
            query = query.Where(r => named.Contains(r.PersonAadObjectId));
        }

        if (view.Process is { } process)
        {
            var (start, end) = RegisterQuery.Prefix(ProcessKey.Normalize(process));
            query = query.Where(r => r.ProcessKey.CompareTo(start) >= 0 && r.ProcessKey.CompareTo(end) < 0);
        }

        // Took part at any time within the period: began by its last day and had not ended before its first.
        query = view.To is { } to ? query.Where(r => r.From <= to) : query;
        query = view.From is { } from ? query.Where(r => r.To == null || r.To >= from) : query;
        return query;
    }
}
