using ComplianceBot.Bot.Delivery;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>
/// Files and amends declarations. The declaration and the reviewers' cards are committed in ONE transaction:
/// a first save numbers the declaration (numbers are assigned on save, decision 011), the cards are built with
/// that number and saved, then the transaction commits — so either both exist or neither (docs/decisions/071).
/// </summary>
public sealed class DeclarationFiling(
    RegistersDbContext db, RegisterClock clock, ReviewDelivery reviews, ReviewCards cards, OutboxSignal signal, DirectorDigest digest,
    ILogger<DeclarationFiling> logger)
{
    public async Task<GiftView> FileGiftAsync(Declarant declarant, GiftDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(declarant);
        var declaration = GiftDeclaration.File(declarant.AadObjectId, details, clock);
        var name = await EnsureEmployeeAsync(declarant, cancellationToken);
        GiftView? view = null;
        await CommitAsync(
            () => db.GiftDeclarations.Add(declaration),
            async () =>
            {
                view = GiftView.From(declaration, name, null);
                var count = await reviews.EnqueueReviewCardsAsync(view.Number, declarant.AadObjectId, declarant.TenantId, role => cards.Gift(view, role), cancellationToken);
                HoldForDigest(DirectorNoticeKinds.GiftDeclared, view.Number, nameof(ReportCategory.GiftOrHospitality), declaration.FiledAt, declaration.Status);
                DeclarationLog.Filed(logger, view.Number, count);
            },
            cancellationToken);
        return view!;
    }

    public async Task<ConflictView> FileConflictAsync(Declarant declarant, ConflictDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(declarant);
        var declaration = ConflictOfInterestDeclaration.File(declarant.AadObjectId, details, clock);
        var name = await EnsureEmployeeAsync(declarant, cancellationToken);
        ConflictView? view = null;
        await CommitAsync(
            () => db.ConflictDeclarations.Add(declaration),
            async () =>
            {
                view = ConflictView.From(declaration, name, null);
                var count = await reviews.EnqueueReviewCardsAsync(view.Number, declarant.AadObjectId, declarant.TenantId, role => cards.Conflict(view, role), cancellationToken);
                HoldForDigest(DirectorNoticeKinds.ConflictDeclared, view.Number, nameof(ReportCategory.ConflictOfInterest), declaration.FiledAt, declaration.Status);
                DeclarationLog.Filed(logger, view.Number, count);
            },
            cancellationToken);
        return view!;
    }

    /// <summary>A new version of a pending gift declaration (Domain Amend); every reviewer's card shows it in place.</summary>
    public async Task<GiftView> AmendGiftAsync(Declarant declarant, Guid id, VersionKind kind, GiftDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(declarant);
        var declaration = await db.GiftDeclarations.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw NotFound();
        var version = declaration.Amend(declarant.AadObjectId, kind, details, clock.Now);
        var view = GiftView.From(declaration, await EnsureEmployeeAsync(declarant, cancellationToken), null);
        var updates = await reviews.EnqueueUpdatesAsync(view.Number, $"v{version.VersionNumber}", role => cards.Gift(view, role), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        DeclarationLog.Amended(logger, view.Number, version.VersionNumber, updates);
        return view;
    }

    public async Task<ConflictView> AmendConflictAsync(Declarant declarant, Guid id, VersionKind kind, ConflictDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(declarant);
        var declaration = await db.ConflictDeclarations.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw NotFound();
        var version = declaration.Amend(declarant.AadObjectId, kind, details, clock.Now);
        var view = ConflictView.From(declaration, await EnsureEmployeeAsync(declarant, cancellationToken), null);
        var updates = await reviews.EnqueueUpdatesAsync(view.Number, $"v{version.VersionNumber}", role => cards.Conflict(view, role), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        DeclarationLog.Amended(logger, view.Number, version.VersionNumber, updates);
        return view;
    }

    /// <summary>A declaration that is not there (or not the caller's) is refused like any amendment by someone else.</summary>
    internal static DomainRuleException NotFound() =>
        DeclarationRules.OnlyDeclarantAmendsPendingDeclaration.Refusal("no such declaration");

    /// <summary>
    /// The director's receipt of an ordinary declaration waits for the daily digest and goes only there (decision 104):
    /// number, kind, date, status — not the declarant's name.
    /// </summary>
    private void HoldForDigest(string type, string number, string category, DateTimeOffset filedAt, DeclarationStatus status) =>
        digest.TryHold(type, number, category, clock.DateOf(filedAt), status.ToString(), number);

    private async Task CommitAsync(Action add, Func<Task> afterNumbering, CancellationToken cancellationToken)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            add();
            await db.SaveChangesAsync(cancellationToken);
            await afterNumbering();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        signal.Notify();
    }

    /// <summary>
    /// The declarant's Employee row, created from Teams when the directory has not synced them yet, so that
    /// decisions reach them in the language they used (design.md: language per person).
    /// </summary>
    private async Task<string> EnsureEmployeeAsync(Declarant declarant, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.SingleOrDefaultAsync(e => e.AadObjectId == declarant.AadObjectId, cancellationToken);
        if (employee is not null)
        {
            return employee.DisplayName;
        }

        if (declarant.TenantId is { Length: > 0 } tenant)
        {
            db.Employees.Add(Employee.Create(declarant.AadObjectId, tenant, declarant.Name, declarant.Language, clock.Now));
        }

        return declarant.Name;
    }
}
