using ComplianceBot.Domain;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Administration;

/// <summary>The officer's view of the declaration registers: rows matching the filters, oldest first.</summary>
public sealed class RegisterQuery(RegistersDbContext db, RegisterClock clock)
{
    public async Task<IReadOnlyList<RegisterRow>> RowsAsync(RegisterFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var from = filter.From is { } f ? clock.StartOf(f) : DateTimeOffset.MinValue;
        var to = filter.To is { } t ? clock.StartOf(t.AddDays(1)) : DateTimeOffset.MaxValue;
        var rows = new List<RegisterRow>();
        if (filter.Type is null or RegisterType.Gift)
        {
            var gifts = await db.GiftDeclarations.AsNoTracking().ToListAsync(cancellationToken);
            rows.AddRange(gifts.Select(g => new RegisterRow(RegisterType.Gift, g.Number ?? "", g.DeclarantAadObjectId, g.FiledAt, g.Status, g.Current.VersionNumber,
                g.Current.Details.Description, g.Current.Details.EstimatedValueKzt, g.Decision?.Outcome.ToString(), g.Decision?.Reason, g.Decision?.DecidedAt)));
        }

        if (filter.Type is null or RegisterType.Conflict)
        {
            var conflicts = await db.ConflictDeclarations.AsNoTracking().ToListAsync(cancellationToken);
            rows.AddRange(conflicts.Select(c => new RegisterRow(RegisterType.Conflict, c.Number ?? "", c.DeclarantAadObjectId, c.FiledAt, c.Status, c.Current.VersionNumber,
                c.Current.Details.PersonalInterest, null, c.Assessment is { } a ? $"{a.Level} {a.Measure}".Trim() : null, c.Assessment?.Reason, c.Assessment?.AssessedAt)));
        }

        var departments = filter.Department is { Length: > 0 } department
            ? (await db.Employees.AsNoTracking().Where(e => e.Department == department).Select(e => e.AadObjectId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal)
            : null;
        // Filtering in memory keeps the query provider-neutral (DateTimeOffset ordering differs on SQLite); the
        // registers hold thousands of rows a year, not millions.
        return [.. rows.Where(r => (filter.Status is null || r.Status == filter.Status) && r.FiledAt >= from && r.FiledAt < to
                && (departments is null || departments.Contains(r.DeclarantAadObjectId)))
            .OrderBy(r => r.FiledAt)];
    }
}

public enum RegisterType
{
    Gift,
    Conflict,
}

public sealed record RegisterFilter(RegisterType? Type, DeclarationStatus? Status, string? Department, DateOnly? From, DateOnly? To);

public sealed record RegisterRow(
    RegisterType Type, string Number, string DeclarantAadObjectId, DateTimeOffset FiledAt, DeclarationStatus Status, int Version,
    string Summary, decimal? ValueKzt, string? Outcome, string? Reason, DateTimeOffset? DecidedAt);
