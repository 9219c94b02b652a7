using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Bot.Resources.Trainings;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.DirectorNotices;

/// <summary>
/// Flags expiring officer terms (Reg. 15–19, <see cref="OfficerTerms"/>): for each appointment ending within 30 days,
/// once, a mail to the director (and a card where the director has the app) and a card to the officer, through the
/// outbox under keys naming the appointment. Runs every few hours; the keys make every run after the first a no-op.
/// </summary>
internal sealed class OfficerTermsJob(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ScheduledJobOptions> options, ILogger<OfficerTermsJob> logger)
    : PeriodicJob(scopes, time, options, logger)
{
    public override string Name => "officers.terms";

    protected override TimeSpan Interval => TimeSpan.FromHours(6);

    protected override async Task<string?> RunAsync(IServiceProvider services, string? cursor, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<RegistersDbContext>();
        var clock = services.GetRequiredService<RegisterClock>();
        var expiring = await services.GetRequiredService<OfficerRoster>().GetExpiringAsync(cancellationToken);
        var officers = expiring.Select(a => a.OfficerAadObjectId).ToList();
        var queued = (await db.OutboxMessages.AsNoTracking()
                .Where(m => m.IdempotencyKey.StartsWith(OfficerTerms.KeyPrefix))
                .Select(m => m.IdempotencyKey).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var people = await db.Employees.AsNoTracking().Where(e => officers.Contains(e.AadObjectId))
            .ToDictionaryAsync(e => e.AadObjectId, cancellationToken);
        var directorCards = services.GetRequiredService<DirectorCardOutbox>();
        var text = services.GetRequiredService<IStringLocalizer<NoticeStrings>>();
        foreach (var appointment in expiring)
        {
            var ends = appointment.TermEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!queued.Contains(OfficerTerms.DirectorMailKey(appointment.Id)))
            {
                var notice = new NoticePayload(OfficerTerms.NoticeKind, appointment.DecisionNumber, OfficerTerms.NoticeKind, ends, null, clock.Now);
                db.OutboxMessages.Add(OutboxMessage.Create(OutboxKinds.DirectorMail, "director", notice.Serialize(), OfficerTerms.DirectorMailKey(appointment.Id), clock.Now));
                await directorCards.EnqueueAsync(OfficerTerms.DirectorCardKey(appointment.Id), notice, clock.Now, cancellationToken);
            }

            if (!queued.Contains(OfficerTerms.OfficerCardKey(appointment.Id)))
            {
                var officer = people.GetValueOrDefault(appointment.OfficerAadObjectId);
                using (CultureScope.Enter(officer?.PreferredLanguage ?? "kk"))
                {
                    var card = new AdaptiveCard
                    {
                        Body = [new TextBlock(text.Require("Officer_TermEnding", appointment.DecisionNumber, NoticeLabels.Date(ends))) { Wrap = true }],
                    };
                    TeamsDelivery.Enqueue(db, OfficerTerms.OfficerCardKey(appointment.Id),
                        TeamsRecipient.ForEntraUser(appointment.OfficerAadObjectId, officer?.TenantId), CardAttachment.ToMessage(card), clock.Now);
                }
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique idempotency keys: another instance queued these flags first.
        }

        services.GetRequiredService<OutboxSignal>().Notify();
        return cursor;
    }
}
