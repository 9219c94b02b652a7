using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.DirectorNotices;

/// <summary>
/// Records, per notice, the time from its event to its delivery and tells the officers by a Teams card when a
/// notice is late or failed (Reg. 23.3: the director is informed in time). The card names the notice's number and
/// category only.
/// </summary>
internal sealed class NoticeWatchJob(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ScheduledJobOptions> options, IOptionsMonitor<NoticeOptions> notices,
    ILogger<NoticeWatchJob> logger)
    : PeriodicJob(scopes, time, options, logger)
{
    private const int BatchSize = 200;

    public override string Name => "notices.watch";

    protected override TimeSpan Interval => notices.CurrentValue.CheckInterval;

    protected override TimeSpan Lease => TimeSpan.FromMinutes(2);

    protected override async Task<string?> RunAsync(IServiceProvider services, string? cursor, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<RegistersDbContext>();
        var cards = services.GetRequiredService<NoticeAlertCards>();
        var target = notices.CurrentValue.DeliveryTarget;
        var now = Time.GetUtcNow();
        var settled = db.NoticeDeliveries.Where(n => n.OfficersAlertedAt != null || (n.DeliveredAt != null && !n.Late)).Select(n => n.IdempotencyKey);
        var rows = await db.OutboxMessages.AsNoTracking()
            // A notice withdrawn under Reg. 29 was not late or lost: nobody is alerted about it.
            .Where(m => OutboxKinds.Notices.Contains(m.Kind) && !settled.Contains(m.IdempotencyKey) && m.LastError != DirectorVisibility.WithdrawnDetail)
            .OrderBy(m => m.CreatedAt).Take(BatchSize).ToListAsync(cancellationToken);
        IReadOnlyList<(string Officer, string Language)>? officers = null;
        foreach (var row in rows)
        {
            if (NoticePayload.Parse(row.Payload, row.Kind == OutboxKinds.AuthorizedBodyMail ? DirectorNoticeKinds.EscalatedToAuthorizedBody : null) is not { } notice)
            {
                continue;
            }

            var record = await db.NoticeDeliveries.SingleOrDefaultAsync(n => n.IdempotencyKey == row.IdempotencyKey, cancellationToken);
            if (record is null)
            {
                record = NoticeDelivery.Start(row.IdempotencyKey, row.Kind, notice.Number, notice.Category, notice.EventAt);
                db.NoticeDeliveries.Add(record);
            }

            if (row.DeliveredAt is { } delivered)
            {
                record.Delivered(delivered, target);
            }
            else if (row.FailedAt is { } failed)
            {
                record.Failed(failed);
            }

            if (record.NeedsAlert(now, target))
            {
                officers ??= await OfficersAsync(services, db, now, cancellationToken);
                foreach (var (officer, language) in officers)
                {
                    using var culture = CultureScope.Enter(language);
                    var card = cards.Alert(record, now);
                    TeamsDelivery.Enqueue(db, $"notice-alert:{row.IdempotencyKey}:{officer}", TeamsRecipient.ForEntraUser(officer), CardAttachment.ToMessage(card), now);
                }

                record.OfficersAlerted(now);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        services.GetRequiredService<OutboxSignal>().Notify();
        return cursor;
    }

    private static async Task<IReadOnlyList<(string, string)>> OfficersAsync(
        IServiceProvider services, RegistersDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = (await services.GetRequiredService<OfficerRoster>().GetActiveAsync(now, cancellationToken))
            .Select(a => a.OfficerAadObjectId).Distinct().ToList();
        var languages = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.AadObjectId))
            .ToDictionaryAsync(e => e.AadObjectId, e => e.PreferredLanguage, cancellationToken);
        return ids.Select(id => (id, languages.GetValueOrDefault(id) ?? "kk")).ToList();
    }
}
