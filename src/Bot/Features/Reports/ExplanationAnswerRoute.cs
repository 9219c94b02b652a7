using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Bot.Resources.Reports;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>Reg. 22.4: the employee's written explanation goes into the case; only the addressee may answer, once, and only the addressee sees the question here.</summary>
internal sealed class ExplanationAnswerRoute(RegistersDbContext db, NoticeCards cards, RegisterClock clock, DomainErrorText errors, IStringLocalizer<ReportStrings> text) : ICardActionRoute
{
    public string Verb => ReportVerbs.AnswerExplanation;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var found = Guid.TryParse(request.Inputs.GetValueOrDefault(ReportInputs.RequestId), out var id)
            ? await db.Set<ExplanationRequest>().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            : null;
        if (found is null)
        {
            return CardActionResult.Replace(CardParts.Card(CardParts.Paragraph(text.Require("Officer_NotFound"))));
        }

        // Authorization before rendering (decision 121): anyone but the employee asked gets the refusal alone, never the question.
        var sender = request.Turn.Activity.From?.AadObjectId ?? string.Empty;
        try
        {
            found.EnsureAddressee(sender);
        }
        catch (DomainRuleException refusal)
        {
            db.ChangeTracker.Clear();
            return CardActionResult.Replace(CardParts.Card(CardParts.Paragraph(text.Require("Officer_Refused", errors.For(refusal)), color: TextColor.Attention)));
        }

        var answer = request.Inputs.GetValueOrDefault(ReportInputs.Answer);
        if (string.IsNullOrWhiteSpace(answer))
        {
            return CardActionResult.Replace(cards.Explanation(found, notice: text.Require("Explain_AnswerError")));
        }

        try
        {
            found.Give(sender, answer, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            return CardActionResult.Replace(cards.Explanation(found));
        }
        catch (DomainRuleException refusal)
        {
            db.ChangeTracker.Clear();
            var fresh = await db.Set<ExplanationRequest>().AsNoTracking().SingleAsync(e => e.Id == id, cancellationToken);
            return CardActionResult.Replace(cards.Explanation(fresh, notice: text.Require("Officer_Refused", errors.For(refusal))));
        }
    }
}
