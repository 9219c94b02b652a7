using ComplianceBot.Bot.Conversation.Declarations;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Conversation.Officers;

/// <summary>
/// Records a reviewer's decision (Domain Decide / Assess; an officer, or the director where <see cref="ReviewerSelection"/>
/// names the director) and, in the same save, queues the in-place update of
/// every reviewer's card and the declarant's notice in their language. Two officers deciding at once: the
/// database's one-decision-per-declaration key refuses the second, reported as already decided.
/// </summary>
public sealed class DecisionRecorder(
    RegistersDbContext db, RegisterClock clock, PeopleLookup people, ReviewDelivery reviews,
    ReviewCards cards, DecisionNoticeCards notices, OutboxSignal signal, ILogger<DecisionRecorder> logger)
{
    public async Task<GiftView> DecideGiftAsync(DeclarationReviewer officer, Guid id, GiftOutcome outcome, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var declaration = await db.GiftDeclarations.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw Missing();
        declaration.Decide(officer, outcome, reason, clock.Now);
        var names = await people.FindAsync([declaration.DeclarantAadObjectId, officer.AadObjectId], cancellationToken);
        var declarant = names[declaration.DeclarantAadObjectId];
        var view = GiftView.From(declaration, declarant.Name, names[officer.AadObjectId].Name);
        await QueueAsync(view.Number, declarant, role => cards.Gift(view, role), () => notices.Gift(view), cancellationToken);
        return view;
    }

    public async Task<ConflictView> AssessConflictAsync(DeclarationReviewer officer, Guid id, ConflictAssessmentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(officer);
        var declaration = await db.ConflictDeclarations.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw Missing();
        declaration.Assess(officer, input.Level, input.Measure, input.MeasureDetails, input.MonitoringDate, input.Reason, clock);
        var names = await people.FindAsync([declaration.DeclarantAadObjectId, officer.AadObjectId], cancellationToken);
        var declarant = names[declaration.DeclarantAadObjectId];
        var view = ConflictView.From(declaration, declarant.Name, names[officer.AadObjectId].Name);
        await QueueAsync(view.Number, declarant, role => cards.Conflict(view, role), () => notices.Conflict(view), cancellationToken);
        return view;
    }

    private async Task QueueAsync(
        string number, Person declarant, Func<ReviewerRole, Cards.Model.AdaptiveCard> review, Func<Cards.Model.AdaptiveCard> notice,
        CancellationToken cancellationToken)
    {
        var updates = await reviews.EnqueueUpdatesAsync(number, "decided", review, cancellationToken);
        TeamsDelivery.Enqueue(db, $"decl/{number}/decision/{declarant.AadObjectId}",
            TeamsRecipient.ForEntraUser(declarant.AadObjectId, declarant.TenantId), ReviewDelivery.Render(declarant.Language, notice), clock.Now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another officer's decision was committed between our read and our write (Reg. 24: one decision).
            throw DeclarationRules.DecisionIsRecordedOnce.Refusal("concurrent decision");
        }

        signal.Notify();
        DeclarationLog.Decided(logger, number, updates);
    }

    private static DomainRuleException Missing() =>
        DomainRule.Unspecified.Refusal("no such declaration");
}

/// <summary>What the officer entered on a conflict card (Reg. 14.12).</summary>
public sealed record ConflictAssessmentInput(
    ConflictLevel Level, SettlementMeasure? Measure, string? MeasureDetails, DateOnly? MonitoringDate, string Reason);
