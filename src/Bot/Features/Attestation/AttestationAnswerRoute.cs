using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Resources.Attestation;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Attestation;
using ComplianceBot.Domain.Persistence;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Attestation;

/// <summary>
/// "I have no conflict of interest": recorded once (Reg. 14.12), the card replaced in place with the answer.
/// A second press — a double click, or the Action.Submit fallback — shows the answer already recorded (decision 081).
/// </summary>
internal sealed class AttestationAnswerRoute(
    AttestationRegister register, AttestationOutbox outbox, RegistersDbContext db, OutboxSignal signal,
    EmployeeAttestationCards cards, IStringLocalizer<AttestationStrings> text, DomainErrorText refusals) : ICardActionRoute
{
    public string Verb => AttestationVerbs.NoConflict;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var person = request.Turn.Activity.From?.AadObjectId ?? "";
        int.TryParse(request.Inputs.GetValueOrDefault(AttestationVerbs.CardKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var card);
        AttestationCampaign campaign;
        try
        {
            campaign = await register.FindAsync(AttestationRefusal.CampaignId(request), cancellationToken);
        }
        catch (DomainRuleException ex)
        {
            return CardActionResult.Replace(cards.Notice(DateTime.UtcNow.Year, refusals.For(ex)));
        }

        try
        {
            var participant = await register.AnswerNoConflictAsync(person, campaign.Id, cancellationToken);
            await outbox.EnqueueAnsweredAsync(campaign, participant, card, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            signal.Notify();
            return CardActionResult.Replace(cards.Answered(campaign.Year, participant));
        }
        catch (DomainRuleException ex) when (ex.Rule == AttestationParticipant.AnswerIsGivenOnce)
        {
            db.ChangeTracker.Clear();
            return CardActionResult.Replace(cards.Answered(campaign.Year, await register.FindParticipantAsync(campaign.Id, person, cancellationToken)));
        }
        catch (DomainRuleException ex)
        {
            var notice = ex.Rule == AttestationCampaign.ClosedCampaignTakesNoAnswers ? text.Require("Attestation_CampaignClosed") : refusals.For(ex);
            return CardActionResult.Replace(cards.Notice(campaign.Year, notice));
        }
    }
}
