using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Attestation;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Attestation;

/// <summary>
/// Queues the campaign's cards in the outbox, one row per person and card, keyed so that the same card can
/// never be queued twice (decision 082): <c>attest/{campaign}/{aad}</c>, then <c>…/reminder/{n}</c>.
/// The outbox worker sends them at the rate the connector's limiter allows, and resumes after a restart.
/// </summary>
public sealed class AttestationOutbox(RegistersDbContext db, EmployeeAttestationCards cards, RegisterClock clock)
{
    public static string CardKey(Guid campaignId, string aadObjectId) => $"attest/{campaignId}/{aadObjectId}";

    public static string ReminderKey(Guid campaignId, string aadObjectId, int reminder) =>
        $"{CardKey(campaignId, aadObjectId)}/reminder/{reminder}";

    /// <summary>The key of the person's card number <paramref name="card"/> (0 first, n the n-th reminder).</summary>
    public static string KeyOf(Guid campaignId, string aadObjectId, int card) =>
        card == 0 ? CardKey(campaignId, aadObjectId) : ReminderKey(campaignId, aadObjectId, card);

    /// <summary>Queues card <paramref name="card"/> for each participant, in each one's language.</summary>
    public async Task EnqueueAsync(AttestationCampaign campaign, IReadOnlyCollection<AttestationParticipant> participants, Func<AttestationParticipant, int> card, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(participants);
        var people = await PeopleAsync(participants, ct);
        var now = clock.Now;
        var built = new Dictionary<(string Language, int Card), Activity>();
        foreach (var participant in participants)
        {
            var (language, tenant) = people.GetValueOrDefault(participant.EmployeeAadObjectId, (BotLanguages.Kazakh, null));
            var number = card(participant);
            if (!built.TryGetValue((language, number), out var activity))
            {
                using var culture = CultureScope.Enter(language);
                activity = CardAttachment.ToMessage(cards.Ask(campaign.Id, campaign.Year, number));
                built[(language, number)] = activity;
            }

            TeamsDelivery.Enqueue(db, KeyOf(campaign.Id, participant.EmployeeAadObjectId, number),
                TeamsRecipient.ForEntraUser(participant.EmployeeAadObjectId, tenant), activity, now);
        }
    }

    /// <summary>Replaces the person's other attestation cards with the answer, so no stale buttons remain.</summary>
    public async Task EnqueueAnsweredAsync(AttestationCampaign campaign, AttestationParticipant participant, int actedOnCard, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(participant);
        var people = await PeopleAsync([participant], ct);
        var (language, _) = people.GetValueOrDefault(participant.EmployeeAadObjectId, (BotLanguages.Kazakh, null));
        Activity activity;
        using (CultureScope.Enter(language))
        {
            activity = CardAttachment.ToMessage(cards.Answered(campaign.Year, participant));
        }

        for (var card = 0; card <= participant.ReminderCount; card++)
        {
            if (card != actedOnCard)
            {
                var original = KeyOf(campaign.Id, participant.EmployeeAadObjectId, card);
                TeamsDelivery.EnqueueUpdate(db, $"{original}/answered", original, activity, clock.Now);
            }
        }
    }

    private async Task<Dictionary<string, (string Language, string? Tenant)>> PeopleAsync(IReadOnlyCollection<AttestationParticipant> participants, CancellationToken ct)
    {
        var ids = participants.Select(p => p.EmployeeAadObjectId).ToArray();
        var rows = ids.Length > 500
            ? await db.Employees.AsNoTracking().Select(e => new { e.AadObjectId, e.PreferredLanguage, e.TenantId }).ToListAsync(ct)
            : await db.Employees.AsNoTracking().Where(e => ids.Contains(e.AadObjectId)).Select(e => new { e.AadObjectId, e.PreferredLanguage, e.TenantId }).ToListAsync(ct);
        return rows.ToDictionary(r => r.AadObjectId, r => (r.PreferredLanguage, (string?)r.TenantId), StringComparer.Ordinal);
    }
}
