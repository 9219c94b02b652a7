using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources.Attestation;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Attestation;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Attestation;

/// <summary>The employee's attestation card (Reg. 14.12) and what it turns into once answered, in the current UI culture.</summary>
public sealed class EmployeeAttestationCards(IStringLocalizer<AttestationStrings> text, RegisterClock clock)
{
    /// <summary>The question with its two buttons; <paramref name="card"/> is 0 for the first card, n for the n-th reminder.</summary>
    public AdaptiveCard Ask(Guid campaignId, int year, int card)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [AttestationVerbs.CampaignKey] = campaignId.ToString(),
            [AttestationVerbs.CardKey] = card.ToString(CultureInfo.InvariantCulture),
        };
        var result = new AdaptiveCard { FallbackText = text.Require("Attestation_Title", year) };
        result.Body.Add(AttestationCardParts.Heading(text.Require("Attestation_Title", year)));
        if (card > 0)
        {
            result.Body.Add(new TextBlock(text.Require("Attestation_Reminder", card)) { Wrap = true, Color = TextColor.Warning, Weight = TextWeight.Bolder });
        }

        result.Body.Add(AttestationCardParts.Paragraph(text.Require("Attestation_Intro")));
        result.Body.Add(new ActionSet
        {
            Actions =
            [
                CardActions.Execute(text.Require("Attestation_NoConflict"), AttestationVerbs.NoConflict, data, ActionStyle.Positive),
                // The declaration form belongs to the declarations flow; the campaign sees the declaration when it is filed.
                CardActions.Navigate(text.Require("Attestation_Declare"), CardVerbs.ConflictStart, data),
            ],
        });
        result.Body.Add(AttestationCardParts.Paragraph(text.Require("Attestation_DeclareHint"), subtle: true));
        return result;
    }

    /// <summary>The card once answered: what was recorded and when; no buttons.</summary>
    public AdaptiveCard Answered(int year, AttestationParticipant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var date = clock.DateOf(participant.RespondedAt ?? clock.Now).ToString("d", CultureInfo.CurrentCulture);
        var line = participant.Response == AttestationResponse.Declared
            ? text.Require("Attestation_AnsweredDeclared", date, participant.DeclarationNumber ?? "")
            : text.Require("Attestation_AnsweredNoConflict", date);
        return Notice(year, line, TextColor.Good);
    }

    /// <summary>The card when the campaign no longer takes answers, or another refusal.</summary>
    public AdaptiveCard Notice(int year, string message, TextColor color = TextColor.Attention)
    {
        var result = new AdaptiveCard { FallbackText = message };
        result.Body.Add(AttestationCardParts.Heading(text.Require("Attestation_Title", year)));
        result.Body.Add(new TextBlock(message) { Wrap = true, Color = color });
        return result;
    }
}
