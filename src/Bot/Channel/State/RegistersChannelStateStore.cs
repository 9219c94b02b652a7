using ComplianceBot.Domain.Conversations;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Channel.State;

/// <summary>
/// The channel's state in the registers' database, shared by every instance (design.md,
/// decision 8). Only 1:1 conversations are kept as a person's reference: that is where
/// proactive cards go.
/// </summary>
internal sealed class RegistersChannelStateStore(
    RegistersDbContext db, ProcessedActivityLog processed, RecentConversationReferences recent, TimeProvider time) : IChannelStateStore
{
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(1);

    /// <summary>
    /// Through the group-committing log (decision 026). Not cancelled with the request: once queued,
    /// the row may be committed, and an id recorded must be an activity acted on.
    /// </summary>
    public Task<bool> TryMarkProcessedAsync(string channelId, string activityId, CancellationToken cancellationToken) =>
        processed.TryAddAsync(channelId, activityId);

    public async Task ReleaseProcessedAsync(string channelId, string activityId, CancellationToken cancellationToken) =>
        await db.ProcessedActivities.Where(p => p.ChannelId == channelId && p.ActivityId == activityId)
            .ExecuteDeleteAsync(cancellationToken);

    public async Task SaveConversationReferenceAsync(ConversationReferenceData reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.UserId is null || reference.ConversationType is not (null or "personal"))
        {
            return;
        }

        var now = time.GetUtcNow();
        if (recent.IsCurrent(reference, now, RefreshAfter))
        {
            return;
        }

        var existing = await ReferenceOf(db, reference.UserId, cancellationToken);
        if (existing is null)
        {
            var created = ConversationReference.Create(
                reference.UserId, reference.ServiceUrl, reference.ConversationId, now,
                reference.AadObjectId, reference.TenantId, reference.BotId, reference.Locale);
            // False: a concurrent first activity from the same user inserted it; theirs is as fresh as ours.
            if (await ConversationReferenceInsert.TryInsertAsync(db, created, cancellationToken))
            {
                recent.Remember(reference, now, now);
            }

            return;
        }

        if (IsCurrent(existing, reference, now))
        {
            // The hot path: the same person in the same chat. No write, so a message costs one commit, not two.
            recent.Remember(reference, existing.UpdatedAt, now);
            return;
        }

        // Read untracked (the hot path above never writes); tracked from here so the change is saved.
        db.ConversationReferences.Attach(existing);
        existing.Update(reference.ServiceUrl, reference.ConversationId, now,
            reference.AadObjectId, reference.TenantId, reference.BotId, reference.Locale);
        await db.SaveChangesAsync(cancellationToken);
        recent.Remember(reference, now, now);
    }

    // Compiled once: the per-message read skips the query cache's expression-tree lookup (decision 027).
    private static readonly Func<RegistersDbContext, string, CancellationToken, Task<ConversationReference?>> ReferenceOf =
        EF.CompileAsyncQuery((RegistersDbContext context, string userId, CancellationToken _) =>
            context.ConversationReferences.AsNoTracking().FirstOrDefault(r => r.UserId == userId));

    /// <summary>Unchanged, not blocked, and refreshed within the hour (UpdatedAt tells when the person was last seen).</summary>
    private static bool IsCurrent(ConversationReference existing, ConversationReferenceData reference, DateTimeOffset now) =>
        existing.BlockedAt is null
        && now - existing.UpdatedAt < RefreshAfter
        && existing.ServiceUrl == reference.ServiceUrl
        && existing.ConversationId == reference.ConversationId
        && (reference.AadObjectId is null || existing.AadObjectId == reference.AadObjectId)
        && (reference.TenantId is null || existing.TenantId == reference.TenantId)
        && (reference.BotId is null || existing.BotId == reference.BotId)
        && (reference.Locale is null || existing.Locale == reference.Locale);

    public Task<bool> IsKnownServiceUrlAsync(string serviceUrl, CancellationToken cancellationToken) =>
        db.ConversationReferences.AsNoTracking().AnyAsync(r => r.ServiceUrl == serviceUrl, cancellationToken);

    public async Task MarkBlockedAsync(string conversationId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        recent.Clear();
        var references = await db.ConversationReferences.Where(r => r.ConversationId == conversationId).ToListAsync(cancellationToken);
        foreach (var reference in references)
        {
            reference.MarkBlocked(now);
        }

        await db.SaveChangesAsync(cancellationToken);

        // Again once the block is committed: a message saved meanwhile may have remembered the row as it was.
        recent.Clear();
    }
}
