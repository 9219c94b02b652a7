using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.DirectorNotices;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>
/// Records a reviewer's decision (Domain Decide / Assess; an officer, or the director where <see cref="ReviewerSelection"/>
/// names the director) and, in the same save, queues the in-place update of
/// every reviewer's card and the declarant's notice in their language. Two officers deciding at once: the
/// database's one-decision-per-declaration key refuses the second, reported as already decided. A possible violation
/// found in a decision reaches the director (Reg. 23.3): a gift referred for investigation opens a case, an actual
/// conflict of interest is notified — never to a director they implicate (Reg. 29).
/// </summary>
internal sealed class DecisionRecorder(
    RegistersDbContext db, RegisterClock clock, PeopleLookup people, ReviewDelivery reviews,
    ReviewCards cards, DecisionNoticeCards notices, OutboxSignal signal, ReportIntake intake, ReportFiling filing,
    ActualConflictNotice actualConflict, DirectorCardOutbox directorCards, ILogger<DecisionRecorder> logger)
{
    public async Task<GiftView> DecideGiftAsync(DeclarationReviewer officer, Guid id, GiftOutcome outcome, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var declaration = await db.GiftDeclarations.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw Missing();
        declaration.Decide(officer, outcome, reason, clock.Now);
        var names = await people.FindAsync([declaration.DeclarantAadObjectId, officer.AadObjectId], cancellationToken);
        var declarant = names[declaration.DeclarantAadObjectId];
        var view = GiftView.From(declaration, declarant.Name, names[officer.AadObjectId].Name);
        if (outcome != GiftOutcome.ReferForInvestigation)
        {
            await QueueAsync(view.Number, declarant, role => cards.Gift(view, role), () => notices.Gift(view), cancellationToken);
            return view;
        }

        // Reg. 14.13, 14.15, 23.3: the referral opens a case in the confidential register, saved first (its notices
        // carry its number) in one transaction with the decision, and handled like any case.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var directorImplicated = DirectorVisibility.IsDirector(declaration.DeclarantAadObjectId, filing.DirectorAadObjectId);
        var report = intake.OpenForGiftReferral(declaration, officer, declarant.Name, directorImplicated);
        db.ConfidentialReports.Add(report);
        await SaveOnceAsync(cancellationToken);
        await filing.QueueNewCaseNoticesAsync(report, clock.Now, cancellationToken);
        await QueueAsync(view.Number, declarant, role => cards.Gift(view, role), () => notices.Gift(view), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
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

        // Reg. 14.12, 23.3: an actual conflict is a possible violation the director learns of (Reg. 29: not their own).
        if (actualConflict.Assessed(declaration) is { } notice)
        {
            await directorCards.EnqueueAsync(ActualConflictNotice.DirectorKey(ReportNotices.DirectorCardKeyPrefix, declaration.Id),
                new NoticePayload(notice.NoticeType, notice.Number, notice.Category, notice.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    notice.Status, notice.EventAt), clock.Now, cancellationToken);
        }

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
        await SaveOnceAsync(cancellationToken);
        signal.Notify();
        DeclarationLog.Decided(logger, number, updates);
    }

    private async Task SaveOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another officer's decision was committed between our read and our write (Reg. 24: one decision).
            throw DeclarationRules.DecisionIsRecordedOnce.Refusal("concurrent decision");
        }
    }

    private static DomainRuleException Missing() =>
        DomainRule.Unspecified.Refusal("no such declaration");
}

/// <summary>What the officer entered on a conflict card (Reg. 14.12).</summary>
public sealed record ConflictAssessmentInput(
    ConflictLevel Level, SettlementMeasure? Measure, string? MeasureDetails, DateOnly? MonitoringDate, string Reason);
