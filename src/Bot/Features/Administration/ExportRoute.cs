using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Resources.Declarations;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Domain;
using Microsoft.Extensions.Localization;
using static ComplianceBot.Bot.Features.Declarations.CardParts;

namespace ComplianceBot.Bot.Features.Administration;

/// <summary>"Export to Excel" on the registers card: posts a card with a short-lived download link.</summary>
internal sealed class RegistersExportRoute(ExportLinks links, ExportReadyCard card, DomainErrorText domainText) : ICardActionRoute
{
    public string Verb => DeclarationVerbs.RegistersExport;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var (url, expires) = await links.CreateAsync(Declarant.Of(request.Turn).AadObjectId, RegistersView.FilterOf(request.Inputs), cancellationToken);
            return CardActionResult.Post(card.Build(url, expires));
        }
        catch (DomainRuleException refused)
        {
            return CardActionResult.Post(new AdaptiveCard { Body = [Paragraph(domainText.For(refused))] });
        }
    }
}

/// <summary>The download card: an Action.OpenUrl to the export and when the link stops working.</summary>
public sealed class ExportReadyCard(IStringLocalizer<DeclarationStrings> text, DeclarationCalendar calendar)
{
    public AdaptiveCard Build(Uri url, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new AdaptiveCard
        {
            Body = [Heading(text.Require("Export_Title")), Paragraph(text.Require("Export_Ready", DateTime(calendar.Local(expiresAt))))],
            Actions = [new OpenUrlAction { Title = text.Require("Export_Download"), Url = url.ToString() }],
        };
    }
}
