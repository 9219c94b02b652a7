using System.Globalization;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.DirectorNotices;

/// <summary>The verb and data field of the director's "Acknowledge" on a notice card (issue 18).</summary>
public static class DirectorNoticeVerbs
{
    public const string Acknowledge = "director.notice.acknowledge";

    /// <summary>The data field holding the notice's key (<see cref="DirectorNoticeAcknowledgements.NoticeKeyOf"/>).</summary>
    public const string NoticeKey = "notice";
}

/// <summary>
/// "Acknowledge" on a director's notice card: the same use case as the workspace's button (only the director, only a
/// notice they may see — Reg. 29 —, twice is once); the card is replaced by the notice as mailed with the line saying
/// when it was acknowledged. A refusal replaces it with the reason only: a withdrawn notice's content is not shown again.
/// </summary>
internal sealed class DirectorNoticeAcknowledgeRoute(
    DirectorNoticeAcknowledgements acknowledgements, RegistersDbContext db, DirectorNoticeCards cards, RegisterClock clock, DomainErrorText refusals)
    : ICardActionRoute
{
    public string Verb => DirectorNoticeVerbs.Acknowledge;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        DirectorNoticeAcknowledgement acknowledged;
        try
        {
            acknowledged = await acknowledgements.AcknowledgeAsync(
                request.Inputs.GetValueOrDefault(DirectorNoticeVerbs.NoticeKey) ?? "", request.Turn.Activity.From?.AadObjectId ?? "", cancellationToken);
        }
        catch (DomainRuleException refused)
        {
            return CardActionResult.Replace(DirectorNoticeCards.Refused(refusals.For(refused)));
        }

        var mail = await db.OutboxMessages.AsNoTracking().Where(m => m.IdempotencyKey == acknowledged.NoticeKey).Select(m => m.Payload).SingleAsync(cancellationToken);
        var at = TimeZoneInfo.ConvertTime(acknowledged.AcknowledgedAt, clock.Zone).ToString("g", CultureInfo.CurrentCulture);
        if (NoticePayload.Parse(mail) is { } notice)
        {
            return CardActionResult.Replace(cards.For(notice, acknowledgedOn: at));
        }

        var card = new Cards.Model.AdaptiveCard();
        cards.AddAcknowledgement(card, null, at);
        return CardActionResult.Replace(card);
    }
}
