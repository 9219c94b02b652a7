using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Resources.Attestation;
using ComplianceBot.Domain.Attestation;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Attestation;

internal static class AttestationRefusal
{
    public static AdaptiveCard Card(EmployeeAttestationCards cards, IStringLocalizer<AttestationStrings> text, int year, string key) =>
        cards.Notice(year, text.Require(key));

    /// <summary>The campaign id a button carries; a forged or stale one is refused as "not in scope".</summary>
    public static Guid CampaignId(CardActionRequest request) =>
        Guid.TryParse(request.Inputs.GetValueOrDefault(AttestationVerbs.CampaignKey), out var id)
            ? id
            : throw AttestationRegister.AttestationIsForThoseInScope.Refusal();
}
