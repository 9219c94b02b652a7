using System.Globalization;
using ComplianceBot.Bot.Cards.Forms;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>
/// A reviewer's gift decision from the review card (Reg. 14.13): an officer's, or the director's when no other officer
/// may review (Reg. 24.5, <see cref="ReviewerSelection"/>). The acting reviewer's card is replaced at once; the others
/// follow through the outbox. A refusal (already decided, own declaration, not a reviewer) comes back on the card as
/// the rule's message, and nothing is overwritten.
/// </summary>
internal sealed class GiftDecideRoute(
    RegistersDbContext db, DeclarationReviewers reviewers, DecisionRecorder recorder, ReviewCards cards, FormValidator validator, DomainErrorText domainText, PeopleLookup people,
    ILogger<GiftDecideRoute> logger) : ICardActionRoute
{
    public string Verb => DeclarationVerbs.GiftDecide;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        var id = FormReaders.DeclarationId(request.Inputs);
        var declarant = id is null ? null : await db.GiftDeclarations.AsNoTracking().Where(d => d.Id == id).Select(d => d.DeclarantAadObjectId).SingleOrDefaultAsync(cancellationToken);
        var (officer, refusal) = await ReviewerOrRefusalAsync(reviewers, Declarant.Of(request.Turn).AadObjectId, declarant, cards, domainText, logger, cancellationToken);
        if (officer is null)
        {
            return refusal!;
        }

        var declaration = id is null ? null : await db.GiftDeclarations.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (declaration is null)
        {
            return CardActionResult.Post(new Cards.Model.AdaptiveCard { Body = [CardParts.Paragraph(domainText.For(DomainRule.Unspecified))] });
        }

        var current = await ViewAsync(declaration, cancellationToken);
        if (current.Decision is not null)
        {
            // A decided card has no inputs to check, so the form is not read at all (a missing outcome threw: a 500,
            // issue 15). The decision stands (Reg. 24), as the recorder would say.
            return CardActionResult.Replace(cards.Gift(current, officer.Role, AlreadyDecided(domainText, logger)));
        }

        var check = validator.Validate(cards.Gift(current, officer.Role), request.Inputs);
        if (!check.IsValid)
        {
            return CardActionResult.Replace(check.Card);
        }

        try
        {
            var outcome = Enum.Parse<GiftOutcome>(request.Inputs[ReviewCards.Outcome]!);
            var decided = await recorder.DecideGiftAsync(officer, declaration.Id, outcome, request.Inputs[ReviewCards.Reason]!, cancellationToken);
            return CardActionResult.Replace(cards.Gift(decided, officer.Role));
        }
        catch (DomainRuleException refused)
        {
            DeclarationLog.Refused(logger, refused.Rule.Name);
            db.ChangeTracker.Clear();
            var fresh = await db.GiftDeclarations.AsNoTracking().SingleAsync(d => d.Id == declaration.Id, cancellationToken);
            var card = cards.Gift(await ViewAsync(fresh, cancellationToken), officer.Role, domainText.For(refused));
            return CardActionResult.Replace(card);
        }
    }

    /// <summary>
    /// Authorization before rendering (decision 121): nothing of a declaration but its declarant's id is read, and
    /// nothing put on a card, for someone who may not review it — neither an officer with a current appointment
    /// (Reg. 15–17) nor the director where <see cref="ReviewerSelection"/> names the director (Reg. 24.5, 24.6). Their
    /// card is replaced, so a former officer's stale card closes. An unknown declaration is checked as if the actor
    /// had filed it, which only an officer passes (as before, officers alone learn that it does not exist).
    /// </summary>
    internal static async Task<(DeclarationReviewer? Reviewer, CardActionResult? Refusal)> ReviewerOrRefusalAsync(
        DeclarationReviewers reviewers, string actor, string? declarant, ReviewCards cards, DomainErrorText domainText, ILogger logger,
        CancellationToken cancellationToken)
    {
        try
        {
            return (await reviewers.RequireAsync(actor, declarant ?? actor, cancellationToken), null);
        }
        catch (DomainRuleException refused)
        {
            DeclarationLog.Refused(logger, refused.Rule.Name);
            return (null, CardActionResult.Replace(cards.NoLongerAvailable(domainText.For(refused))));
        }
    }

    /// <summary>The "already decided" notice of <see cref="DeclarationRules.DecisionIsRecordedOnce"/>, logged as a refusal.</summary>
    internal static string AlreadyDecided(DomainErrorText domainText, ILogger logger)
    {
        DeclarationLog.Refused(logger, DeclarationRules.DecisionIsRecordedOnce.Name);
        return domainText.For(DeclarationRules.DecisionIsRecordedOnce);
    }

    private async Task<GiftView> ViewAsync(GiftDeclaration declaration, CancellationToken cancellationToken)
    {
        var names = await people.FindAsync([declaration.DeclarantAadObjectId, .. declaration.Decision is { } d ? [d.DecidedBy] : Array.Empty<string>()], cancellationToken);
        return GiftView.From(declaration, names[declaration.DeclarantAadObjectId].Name, declaration.Decision is { } x ? names[x.DecidedBy].Name : null);
    }
}

/// <summary>An officer's conflict assessment and settlement measure from the review card (Reg. 14.12).</summary>
internal sealed class ConflictAssessRoute(
    RegistersDbContext db, DeclarationReviewers reviewers, DecisionRecorder recorder, ReviewCards cards, FormValidator validator, DomainErrorText domainText, PeopleLookup people,
    ILogger<ConflictAssessRoute> logger) : ICardActionRoute
{
    public string Verb => DeclarationVerbs.ConflictAssess;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        var id = FormReaders.DeclarationId(request.Inputs);
        var declarant = id is null ? null : await db.ConflictDeclarations.AsNoTracking().Where(d => d.Id == id).Select(d => d.DeclarantAadObjectId).SingleOrDefaultAsync(cancellationToken);
        var (officer, refusal) = await GiftDecideRoute.ReviewerOrRefusalAsync(reviewers, Declarant.Of(request.Turn).AadObjectId, declarant, cards, domainText, logger, cancellationToken);
        if (officer is null)
        {
            return refusal!;
        }

        var declaration = id is null ? null : await db.ConflictDeclarations.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (declaration is null)
        {
            return CardActionResult.Post(new Cards.Model.AdaptiveCard { Body = [CardParts.Paragraph(domainText.For(DomainRule.Unspecified))] });
        }

        var current = await ViewAsync(declaration, cancellationToken);
        if (current.Assessment is not null)
        {
            // As for gifts: an assessed card has no inputs, and the assessment stands.
            return CardActionResult.Replace(cards.Conflict(current, officer.Role, GiftDecideRoute.AlreadyDecided(domainText, logger)));
        }

        var check = validator.Validate(cards.Conflict(current, officer.Role), request.Inputs);
        if (!check.IsValid)
        {
            return CardActionResult.Replace(check.Card);
        }

        try
        {
            var inputs = request.Inputs;
            var input = new ConflictAssessmentInput(
                Enum.Parse<ConflictLevel>(inputs[ReviewCards.Level]!),
                FormReaders.Optional(inputs, ReviewCards.Measure) is { } m ? new SettlementMeasure(m) : null,
                FormReaders.Optional(inputs, ReviewCards.MeasureDetails),
                FormReaders.Optional(inputs, ReviewCards.MonitoringDate) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                inputs[ReviewCards.Reason]!);
            var assessed = await recorder.AssessConflictAsync(officer, declaration.Id, input, cancellationToken);
            return CardActionResult.Replace(cards.Conflict(assessed, officer.Role));
        }
        catch (DomainRuleException refused)
        {
            DeclarationLog.Refused(logger, refused.Rule.Name);
            db.ChangeTracker.Clear();
            var fresh = await db.ConflictDeclarations.AsNoTracking().SingleAsync(d => d.Id == declaration.Id, cancellationToken);
            var view = await ViewAsync(fresh, cancellationToken);
            if (view.Assessment is null)
            {
                // A rule about the inputs (measure required, monitoring date ahead): the form keeps what was typed.
                var again = validator.Validate(cards.Conflict(view, officer.Role), request.Inputs);
                return CardActionResult.Replace(FormErrors.WithNotice(again.Card, domainText.For(refused)));
            }

            return CardActionResult.Replace(cards.Conflict(view, officer.Role, domainText.For(refused)));
        }
    }

    private async Task<ConflictView> ViewAsync(ConflictOfInterestDeclaration declaration, CancellationToken cancellationToken)
    {
        var names = await people.FindAsync([declaration.DeclarantAadObjectId, .. declaration.Assessment is { } a ? [a.AssessedBy] : Array.Empty<string>()], cancellationToken);
        return ConflictView.From(declaration, names[declaration.DeclarantAadObjectId].Name, declaration.Assessment is { } x ? names[x.AssessedBy].Name : null);
    }
}
