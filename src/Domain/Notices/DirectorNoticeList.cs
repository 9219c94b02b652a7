using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Notices;

/// <summary>A notice mailed to the director: its payload (counts and references only, Reg. 23.2) and how delivery went.</summary>
/// <remarks><see cref="Key"/> is the notice's key, by which the director acknowledges it (<see cref="DirectorNoticeAcknowledgements"/>).</remarks>
public sealed record DirectorNoticeRow(Guid Id, DateTimeOffset CreatedAt, string Payload, DateTimeOffset? DeliveredAt, DateTimeOffset? FailedAt, string Key = "");

/// <summary>
/// The notices the director received (decision 142), newest first, a page at a time (keyset on the created time, to the tick).
/// A notice about a report that now implicates the director is left out — withdrawn before delivery or sent before
/// the mark — by <see cref="DirectorVisibility"/> (Reg. 29), the one rule every director-facing read asks. A notice held
/// for its release moment (created in the future, decision 119) is not listed before that moment: a row appearing at
/// the filing instant would give the anonymous filing's time away (Reg. 23.2, decision 148).
/// </summary>
public sealed class DirectorNoticeList(RegistersDbContext db, RegisterClock clock)
{
    public async Task<IReadOnlyList<DirectorNoticeRow>> PageAsync(int size, DateTimeOffset? before = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var now = clock.Now;
        var rows = db.OutboxMessages.AsNoTracking()
            .Where(m => m.Kind == OutboxKinds.DirectorMail && m.LastError != DirectorVisibility.WithdrawnDetail && m.CreatedAt <= now);
        if (before is { } at)
        {
            rows = rows.Where(m => m.CreatedAt < at);
        }

        var page = await rows.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Take(size)
            .Select(m => new { m.Id, m.CreatedAt, m.Payload, m.DeliveredAt, m.FailedAt, m.IdempotencyKey })
            .ToListAsync(ct);
        // The delivery guard's own check, row by row: a key that names no report (the periodic report, the digest,
        // an actual conflict) is never hidden; one about a report hides it once the report implicates the director.
        var shown = new List<DirectorNoticeRow>(page.Count);
        foreach (var m in page)
        {
            if (await DirectorVisibility.MayDeliverAsync(db, m.IdempotencyKey, ct))
            {
                shown.Add(new DirectorNoticeRow(m.Id, m.CreatedAt, m.Payload, m.DeliveredAt, m.FailedAt, m.IdempotencyKey));
            }
        }

        return shown;
    }
}
