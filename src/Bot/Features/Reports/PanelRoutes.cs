using ComplianceBot.Bot.Conversation.Language;
using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Resources.Reports;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>
/// Builds the officer's panel: open reports and overdue explanations (Reg. 22.4). Each item passes the rule the case
/// card uses (<see cref="OfficerCaseContext.LoadAsync"/> and <see cref="OfficerCaseContext.AccessRefusalAsync"/>), as
/// one query (<see cref="OfficerCaseContext.ScopeAsync"/>, decision 144): an
/// officer who may not open a case — recused (Reg. 24.1, 24.2, 24.6), not its handler, the director it implicates
/// (Reg. 29), or an anonymous report still held for its release moment (Reg. 23.2) — sees neither the case nor the
/// explanations asked in it (decisions 118, 119).
/// </summary>
internal sealed class OfficerPanel(
    RegistersDbContext db, OfficerRoster roster, ReportDeadlines deadlines, OfficerCaseContext cases, PanelCards cards, IStringLocalizer<ReportStrings> text,
    RegisterClock clock)
{
    public async Task<AdaptiveCard> BuildAsync(string? aadObjectId, string? notice, bool isError, CancellationToken ct)
    {
        ActiveOfficer officer;
        try
        {
            officer = await roster.RequireActiveAsync(aadObjectId ?? string.Empty, ct);
        }
        catch (DomainRuleException)
        {
            return CardParts.Card(CardParts.Paragraph(text.Require("Officer_NotOfficer"), color: TextColor.Attention));
        }

        // The case card's own rule as one query (decision 144): a case the card would not open is not listed.
        var scope = await cases.ScopeAsync(officer, ct);
        var open = await scope
            .Where(r => r.Status != ReportStatus.Closed && r.Number != null)
            .OrderBy(r => r.AcknowledgeBy)
            .Select(r => new ReportDeadline(r.Id, r.Number!, r.Status, r.AcknowledgeBy, r.AssignedOfficerAadObjectId))
            .ToListAsync(ct);
        var overdueAll = await deadlines.OverdueExplanationsAsync(ct);
        var asked = overdueAll.Select(e => e.ReportId).Distinct().ToList();
        var visible = (await scope.Where(r => asked.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct)).ToHashSet();
        var overdue = overdueAll.Where(e => visible.Contains(e.ReportId)).ToList();
        // Who saw the list of open cases, and when (design.md, decision 3); officers only.
        db.RecordAudit(new PendingAudit(aadObjectId, AuditedReads.OfficerPanelRead, "OfficerPanel", aadObjectId!,
            $"open reports {open.Count}, overdue explanations {overdue.Count}", clock.Now));
        await db.SaveChangesAsync(ct);
        return cards.Panel(open, overdue, notice, isError);
    }
}

/// <summary>"officer panel" typed in any language.</summary>
internal sealed class OfficerPanelTextRoute(OfficerPanel panel, IStringLocalizer<ReportStrings> text) : ITextCommandRoute
{
    public IReadOnlyCollection<string> Commands =>
        [.. BotLanguages.All.Select(l => { using var _ = CultureScope.Enter(l); return text.Require("Panel_Command"); }).Distinct(StringComparer.Ordinal)];

    public async Task HandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.SendCardAsync(await panel.BuildAsync(turn.Activity.From?.AadObjectId, null, false, cancellationToken), cancellationToken);
    }
}

internal sealed class OfficerPanelRoute(OfficerPanel panel) : ICardActionRoute
{
    public string Verb => ReportVerbs.Panel;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CardActionResult.Post(await panel.BuildAsync(request.Turn.Activity.From?.AadObjectId, null, false, cancellationToken));
    }
}

/// <summary>An entry of the participation register (Reg. 24.1): person, unit or process, from–to.</summary>
internal sealed class ParticipationRecordRoute(
    RegistersDbContext db, OfficerRoster roster, OfficerCaseContext cases, OfficerPanel panel, RegisterClock clock, IStringLocalizer<ReportStrings> text)
    : ICardActionRoute
{
    public string Verb => ReportVerbs.RecordParticipation;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var officerId = request.Turn.Activity.From?.AadObjectId;
        string notice;
        var isError = true;
        try
        {
            var officer = await roster.RequireActiveAsync(officerId ?? string.Empty, cancellationToken);
            var person = await cases.FindEmployeeAsync(request.Inputs.GetValueOrDefault(ReportInputs.Person), cancellationToken);
            var from = Date(request.Inputs.GetValueOrDefault(ReportInputs.From));
            if (person is null || from is null)
            {
                notice = text.Require("Officer_Required", person is null ? text.Require("Panel_Person") : text.Require("Panel_From"));
            }
            else
            {
                db.ParticipationRecords.Add(ParticipationRecord.Record(person.AadObjectId, request.Inputs.GetValueOrDefault(ReportInputs.UnitOrProcess) ?? "",
                    from.Value, Date(request.Inputs.GetValueOrDefault(ReportInputs.To)), officer.AadObjectId, clock.Now));
                await db.SaveChangesAsync(cancellationToken);
                notice = text.Require("Officer_Done");
                isError = false;
            }
        }
        catch (DomainRuleException refusal)
        {
            db.ChangeTracker.Clear();
            notice = text.Require("Officer_Refused", cases.Errors.For(refusal));
        }

        return CardActionResult.Replace(await panel.BuildAsync(officerId, notice, isError, cancellationToken));
    }

    private static DateOnly? Date(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
