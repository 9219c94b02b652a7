using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>
/// Puts the review cards of a declaration in the outbox, in each reviewer's language, to the reviewers
/// <see cref="DeclarationReviewers"/> names (Reg. 24.5, 24.6: every active officer but the declarant, else the director).
/// Later changes replace every copy in place through the keys <c>decl/{number}/officer/{aad}</c> and
/// <c>decl/{number}/director/{aad}</c>; the copy of someone who is no longer an officer is closed once instead
/// (<c>decl/{number}/closed/{aad}</c>) and not updated again. Nothing is saved here: the caller commits with its register change.
/// </summary>
public sealed class ReviewDelivery(
    RegistersDbContext db, OfficerRoster roster, DeclarationReviewers reviewerSelection, RegisterClock clock, PeopleLookup people, ReviewCards cards,
    ILogger<ReviewDelivery> logger)
{
    public async Task<int> EnqueueReviewCardsAsync(
        string number, string declarantAadObjectId, string? tenantId, Func<ReviewerRole, AdaptiveCard> card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var reviewers = await reviewerSelection.ForAsync(declarantAadObjectId, cancellationToken);
        if (reviewers.Count == 0)
        {
            DeclarationLog.NoReviewer(logger, number);
            return 0;
        }

        var persons = await people.FindAsync(reviewers.Select(r => r.AadObjectId), cancellationToken);
        foreach (var (aad, role) in reviewers)
        {
            var person = persons[aad];
            TeamsDelivery.Enqueue(db, ReviewKey(number, role, aad), TeamsRecipient.ForEntraUser(aad, person.TenantId ?? tenantId),
                Render(person.Language, () => card(role)), clock.Now);
        }

        return reviewers.Count;
    }

    /// <summary>Replaces every copy of the review card sent for <paramref name="number"/>; <paramref name="updateTag"/> makes the keys unique.</summary>
    public async Task<int> EnqueueUpdatesAsync(string number, string updateTag, Func<ReviewerRole, AdaptiveCard> card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var officerPrefix = $"decl/{number}/officer/";
        var directorPrefix = $"decl/{number}/director/";
        var originals = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Kind == OutboxKinds.TeamsSend
                && (EF.Functions.Like(m.IdempotencyKey, officerPrefix + "%") || EF.Functions.Like(m.IdempotencyKey, directorPrefix + "%")))
            .Select(m => new { m.IdempotencyKey, m.Recipient })
            .ToListAsync(cancellationToken);
        var persons = await people.FindAsync(originals.Select(o => o.Recipient), cancellationToken);
        var current = (await roster.GetActiveAsync(clock.Now, cancellationToken)).Select(a => a.OfficerAadObjectId).ToHashSet(StringComparer.Ordinal);
        var closedKeys = (await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Kind == OutboxKinds.TeamsUpdate && EF.Functions.Like(m.IdempotencyKey, ClosedPrefix(number) + "%"))
                .Select(m => m.IdempotencyKey)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var queued = 0;
        foreach (var original in originals)
        {
            var role = original.IdempotencyKey.StartsWith(officerPrefix, StringComparison.Ordinal) ? ReviewerRole.Officer : ReviewerRole.Director;
            var language = persons[original.Recipient].Language;
            if (role == ReviewerRole.Director && closedKeys.Contains(ClosedPrefix(number) + original.Recipient))
            {
                // Handed to an officer appointed later (decision 135): the director's closed copy stays closed.
                continue;
            }

            if (role == ReviewerRole.Officer && !current.Contains(original.Recipient))
            {
                // A former officer's copy is closed once and gets no further updates (decision 121, Reg. 15–17).
                var closedKey = ClosedPrefix(number) + original.Recipient;
                if (closedKeys.Add(closedKey))
                {
                    TeamsDelivery.EnqueueUpdate(db, closedKey, original.IdempotencyKey, Render(language, () => cards.NoLongerAvailable()), clock.Now);
                    queued++;
                }

                continue;
            }

            TeamsDelivery.EnqueueUpdate(db, $"decl/{number}/{updateTag}/{original.Recipient}", original.IdempotencyKey,
                Render(language, () => card(role)), clock.Now);
            queued++;
        }

        return queued;
    }

    /// <summary>
    /// Closes, once, every review card sent to <paramref name="aadObjectId"/> as an officer — when an appointment is
    /// ended early (<c>officers end</c>), the same close a former officer's card gets at the next update (decision 121).
    /// </summary>
    public async Task<int> CloseCardsOfAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var suffix = $"/officer/{aadObjectId}";
        var originals = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Kind == OutboxKinds.TeamsSend && m.IdempotencyKey.StartsWith("decl/") && m.IdempotencyKey.EndsWith(suffix))
            .Select(m => m.IdempotencyKey)
            .ToListAsync(cancellationToken);
        var closedKeys = (await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Kind == OutboxKinds.TeamsUpdate && m.IdempotencyKey.StartsWith("decl/") && m.IdempotencyKey.EndsWith($"/closed/{aadObjectId}"))
                .Select(m => m.IdempotencyKey)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var language = (await people.FindAsync([aadObjectId], cancellationToken))[aadObjectId].Language;
        var queued = 0;
        foreach (var original in originals)
        {
            var number = original["decl/".Length..^suffix.Length];
            if (closedKeys.Add(ClosedPrefix(number) + aadObjectId))
            {
                TeamsDelivery.EnqueueUpdate(db, ClosedPrefix(number) + aadObjectId, original, Render(language, () => cards.NoLongerAvailable()), clock.Now);
                queued++;
            }
        }

        return queued;
    }

    /// <summary>
    /// A declaration whose review went to the director (no other officer, Reg. 24.5, 24.6) once <see cref="DeclarationReviewers"/>
    /// names officers again: each gets the review card the filing would have sent, and the director's copy is closed
    /// once, so nobody is offered two ways to decide it (decision 135). Nothing while the director is still the reviewer.
    /// </summary>
    public async Task<int> HandOverFromDirectorAsync(
        string number, string declarantAadObjectId, Func<ReviewerRole, AdaptiveCard> card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var officers = (await reviewerSelection.ForAsync(declarantAadObjectId, cancellationToken)).Where(r => r.Role == ReviewerRole.Officer).ToList();
        if (officers.Count == 0)
        {
            return 0;
        }

        var prefix = $"decl/{number}/";
        var keys = (await db.OutboxMessages.AsNoTracking().Where(m => EF.Functions.Like(m.IdempotencyKey, prefix + "%"))
            .Select(m => new { m.IdempotencyKey, m.Recipient, m.Kind }).ToListAsync(cancellationToken)).ToList();
        var directorCopies = keys.Where(k => k.Kind == OutboxKinds.TeamsSend && k.IdempotencyKey.StartsWith($"{prefix}director/", StringComparison.Ordinal)).ToList();
        var persons = await people.FindAsync([.. officers.Select(o => o.AadObjectId), .. directorCopies.Select(c => c.Recipient)], cancellationToken);
        var queued = 0;
        foreach (var officer in officers.Where(o => keys.All(k => k.IdempotencyKey != ReviewKey(number, ReviewerRole.Officer, o.AadObjectId))))
        {
            var person = persons[officer.AadObjectId];
            TeamsDelivery.Enqueue(db, ReviewKey(number, ReviewerRole.Officer, officer.AadObjectId), TeamsRecipient.ForEntraUser(officer.AadObjectId, person.TenantId),
                Render(person.Language, () => card(ReviewerRole.Officer)), clock.Now);
            queued++;
        }

        foreach (var copy in directorCopies.Where(c => keys.All(k => k.IdempotencyKey != ClosedPrefix(number) + c.Recipient)))
        {
            TeamsDelivery.EnqueueUpdate(db, ClosedPrefix(number) + copy.Recipient, copy.IdempotencyKey,
                Render(persons[copy.Recipient].Language, cards.HandedToOfficer), clock.Now);
            queued++;
        }

        return queued;
    }

    private static string ClosedPrefix(string number) => $"decl/{number}/closed/";

    public static string ReviewKey(string number, ReviewerRole role, string aadObjectId) =>
        $"decl/{number}/{(role == ReviewerRole.Officer ? "officer" : "director")}/{aadObjectId}";

    /// <summary>Builds a card in <paramref name="language"/> (texts, dates and numbers) and wraps it as a message.</summary>
    public static Channel.Activity Render(string language, Func<AdaptiveCard> card)
    {
        ArgumentNullException.ThrowIfNull(card);
        using var culture = CultureScope.Enter(language);
        return CardAttachment.ToMessage(card());
    }
}
