using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>
/// The single officer's own declaration went to the director (Reg. 24.5, 24.6; decision 125). When another officer is
/// appointed while it is still pending — by the command line, or by a term that starts later — the officer gets the
/// review card and the director's card closes (<see cref="ReviewDelivery.HandOverFromDirectorAsync"/>, decision 135).
/// The outbox keys make every pass after the hand-over a no-op.
/// </summary>
internal sealed class DirectorReviewHandover(RegistersDbContext db, ReviewDelivery delivery, PeopleLookup people, ReviewCards cards, OutboxSignal signal)
{
    private const string DirectorCopies = "decl/%/director/%";

    /// <summary>One pass; the number of outbox rows queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var keys = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Kind == OutboxKinds.TeamsSend && EF.Functions.Like(m.IdempotencyKey, DirectorCopies))
            .Select(m => m.IdempotencyKey).ToListAsync(cancellationToken);
        var numbers = keys.Select(k => k["decl/".Length..k.IndexOf("/director/", StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal).ToList();
        if (numbers.Count == 0)
        {
            return 0;
        }

        var queued = 0;
        foreach (var gift in await db.GiftDeclarations.AsNoTracking().Where(d => numbers.Contains(d.Number!) && d.Status == DeclarationStatus.Pending).ToListAsync(cancellationToken))
        {
            var view = GiftView.From(gift, (await people.FindAsync(gift.DeclarantAadObjectId, cancellationToken)).Name, null);
            queued += await delivery.HandOverFromDirectorAsync(view.Number, gift.DeclarantAadObjectId, role => cards.Gift(view, role), cancellationToken);
        }

        foreach (var conflict in await db.ConflictDeclarations.AsNoTracking().Where(d => numbers.Contains(d.Number!) && d.Status == DeclarationStatus.Pending).ToListAsync(cancellationToken))
        {
            var view = ConflictView.From(conflict, (await people.FindAsync(conflict.DeclarantAadObjectId, cancellationToken)).Name, null);
            queued += await delivery.HandOverFromDirectorAsync(view.Number, conflict.DeclarantAadObjectId, role => cards.Conflict(view, role), cancellationToken);
        }

        if (queued > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            signal.Notify();
        }

        return queued;
    }
}

/// <summary>Runs <see cref="DirectorReviewHandover"/> every 15 minutes on one instance.</summary>
internal sealed class DirectorReviewHandoverJob(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<ScheduledJobOptions> options, ILogger<DirectorReviewHandoverJob> logger)
    : PeriodicJob(scopes, time, options, logger)
{
    public override string Name => "declarations.director-review-handover";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(15);

    protected override async Task<string?> RunAsync(IServiceProvider services, string? cursor, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DirectorReviewHandover>().RunAsync(cancellationToken);
        return cursor;
    }
}
