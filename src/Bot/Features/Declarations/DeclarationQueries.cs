using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>A person's own declarations, read for "My declarations" and for amending.</summary>
public sealed class DeclarationQueries(RegistersDbContext db, PeopleLookup people)
{
    /// <summary>The caller's own pending gift declaration; anything else is refused as the Domain's Amend would.</summary>
    public async Task<GiftView> OwnGiftAsync(Declarant declarant, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(declarant);
        var declaration = await db.GiftDeclarations.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == id && d.DeclarantAadObjectId == declarant.AadObjectId && d.Status == DeclarationStatus.Pending, cancellationToken)
            ?? throw DeclarationFiling.NotFound();
        return GiftView.From(declaration, declarant.Name, null);
    }

    public async Task<ConflictView> OwnConflictAsync(Declarant declarant, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(declarant);
        var declaration = await db.ConflictDeclarations.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == id && d.DeclarantAadObjectId == declarant.AadObjectId && d.Status == DeclarationStatus.Pending, cancellationToken)
            ?? throw DeclarationFiling.NotFound();
        return ConflictView.From(declaration, declarant.Name, null);
    }

    public async Task<(IReadOnlyList<GiftView> Gifts, IReadOnlyList<ConflictView> Conflicts)> MineAsync(Declarant declarant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(declarant);
        var gifts = await db.GiftDeclarations.AsNoTracking().Where(d => d.DeclarantAadObjectId == declarant.AadObjectId)
            .OrderByDescending(d => d.NumberYear).ThenByDescending(d => d.Number).Take(MyDeclarationsCard.MaxShown).ToListAsync(cancellationToken);
        var conflicts = await db.ConflictDeclarations.AsNoTracking().Where(d => d.DeclarantAadObjectId == declarant.AadObjectId)
            .OrderByDescending(d => d.NumberYear).ThenByDescending(d => d.Number).Take(MyDeclarationsCard.MaxShown).ToListAsync(cancellationToken);
        var deciders = gifts.Select(g => g.Decision?.DecidedBy).Concat(conflicts.Select(c => c.Assessment?.AssessedBy)).OfType<string>();
        var names = await people.FindAsync(deciders, cancellationToken);
        return (
            [.. gifts.Select(g => GiftView.From(g, declarant.Name, g.Decision is { } d ? names[d.DecidedBy].Name : null))],
            [.. conflicts.Select(c => ConflictView.From(c, declarant.Name, c.Assessment is { } a ? names[a.AssessedBy].Name : null))]);
    }
}
