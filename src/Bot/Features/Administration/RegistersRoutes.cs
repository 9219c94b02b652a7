using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Resources.Declarations;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.People;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Administration;

/// <summary>Builds the registers card for an active officer, or a polite refusal for anyone else (Reg. 6–7).</summary>
public sealed class RegistersView(
    OfficerRoster roster, RegisterQuery query, RegistersCard card, IStringLocalizer<DeclarationStrings> text, RegistersDbContext db, RegisterClock clock)
{
    public async Task<AdaptiveCard> ForAsync(string aadObjectId, IReadOnlyDictionary<string, string?> inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        try
        {
            await roster.RequireActiveAsync(aadObjectId, cancellationToken);
        }
        catch (DomainRuleException)
        {
            return new AdaptiveCard { Body = [CardParts.Paragraph(text.Require("Registers_OfficersOnly"))] };
        }

        var filter = FilterOf(inputs);
        var rows = await query.RowsAsync(filter, cancellationToken);
        // Who saw which declarations, and when (design.md, decision 3); officers only.
        db.RecordAudit(new PendingAudit(aadObjectId, AuditedReads.RegistersRead, "Registers", filter.Type?.ToString() ?? "All",
            $"status {filter.Status?.ToString() ?? "all"}, from {filter.From:O}, to {filter.To:O}, department {(filter.Department is null ? "all" : "set")}, rows {rows.Count}",
            clock.Now));
        await db.SaveChangesAsync(cancellationToken);
        return card.Build(filter, rows);
    }

    /// <summary>The filters as chosen on the registers card; an empty or unknown choice means "any".</summary>
    public static RegisterFilter FilterOf(IReadOnlyDictionary<string, string?> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return new RegisterFilter(
            Parse<RegisterType>(inputs, RegistersCard.Type), Parse<DeclarationStatus>(inputs, RegistersCard.Status),
            FormReaders.Optional(inputs, RegistersCard.Department), Date(inputs, RegistersCard.From), Date(inputs, RegistersCard.To));
    }

    private static T? Parse<T>(IReadOnlyDictionary<string, string?> inputs, string id)
        where T : struct, Enum => Enum.TryParse<T>(FormReaders.Optional(inputs, id), out var value) && Enum.IsDefined(value) ? value : null;

    private static DateOnly? Date(IReadOnlyDictionary<string, string?> inputs, string id) =>
        DateOnly.TryParseExact(FormReaders.Optional(inputs, id), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

/// <summary>"registers" / "тізілім" / "реестр" typed by an officer.</summary>
internal sealed class RegistersTextRoute(RegistersView view) : ITextCommandRoute
{
    public IReadOnlyCollection<string> Commands => ["registers", "тізілім", "реестр"];

    public async Task HandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.SendCardAsync(await view.ForAsync(Declarant.Of(turn).AadObjectId, new Dictionary<string, string?>(), cancellationToken), cancellationToken);
    }
}

/// <summary>The "Registers" button on review cards, and "Apply" on the registers card (which refreshes it in place).</summary>
internal sealed class RegistersShowRoute(RegistersView view) : ICardActionRoute
{
    public string Verb => DeclarationVerbs.RegistersShow;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        var card = await view.ForAsync(Declarant.Of(request.Turn).AadObjectId, request.Inputs, cancellationToken);
        return request.Kind == CardActionKind.Execute ? CardActionResult.Replace(card) : CardActionResult.Post(card);
    }
}
