using System.Globalization;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Resources.Attestation;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Attestation;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Attestation;

/// <summary>Start: validates the form, opens the campaign and queues every card in one transaction.</summary>
internal sealed class AttestationStartRoute(
    AttestationRegister register, AttestationOutbox outbox, RegistersDbContext db, OutboxSignal signal,
    OfficerAttestationCards cards, EmployeeAttestationCards notices, IStringLocalizer<AttestationStrings> text,
    DomainErrorText refusals, ILogger<AttestationStartRoute> logger) : ICardActionRoute
{
    public string Verb => AttestationVerbs.Start;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inputs = request.Inputs;
        var state = new StartFormState(
            inputs.GetValueOrDefault(OfficerAttestationCards.YearInput), inputs.GetValueOrDefault(OfficerAttestationCards.ScopeInput),
            inputs.GetValueOrDefault(OfficerAttestationCards.DepartmentsInput), null, null);
        var departments = (state.Departments ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var byDepartment = state.Scope == OfficerAttestationCards.ByDepartment;
        if (!int.TryParse(state.Year, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year)
            || year is < AttestationCampaign.MinYear or > AttestationCampaign.MaxYear)
        {
            return await FormAsync(state with { YearError = text.Require("Attestation_YearError") }, cancellationToken);
        }

        if (byDepartment && departments.Length == 0)
        {
            return await FormAsync(state with { DepartmentsError = text.Require("Attestation_DepartmentsError") }, cancellationToken);
        }

        try
        {
            var (campaign, participants) = await register.StartAsync(
                request.Turn.Activity.From?.AadObjectId ?? "", year, byDepartment ? departments : null, cancellationToken);
            await outbox.EnqueueAsync(campaign, participants, _ => 0, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            signal.Notify();
            AttestationLog.Started(logger, campaign.Id, year, participants.Count);
            var notice = text.Require("Attestation_StartedNotice", participants.Count.ToString("N0", CultureInfo.CurrentCulture));
            return CardActionResult.Replace(cards.Progress(await register.ProgressAsync(campaign, cancellationToken), notice));
        }
        catch (DomainRuleException ex) when (ex.Rule == OfficerRoster.OnlyActiveOfficerRule)
        {
            return CardActionResult.Replace(AttestationRefusal.Card(notices, text, year, "Attestation_NotOfficer"));
        }
        catch (DomainRuleException ex)
        {
            return await FormAsync(state with { YearError = refusals.For(ex) }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another officer opened this year's campaign at the same moment (unique open year).
            db.ChangeTracker.Clear();
            return await FormAsync(state with { YearError = refusals.For(AttestationCampaign.OneOpenCampaignPerYear) }, cancellationToken);
        }
    }

    private async Task<CardActionResult> FormAsync(StartFormState state, CancellationToken cancellationToken) =>
        CardActionResult.Replace(cards.StartForm(await AttestationTextRoute.DepartmentsAsync(db, cancellationToken), state));
}

/// <summary>Refresh: records declarations filed since the start, then shows the figures.</summary>
internal sealed class AttestationProgressRoute(
    AttestationRegister register, RegistersDbContext db, OfficerAttestationCards cards, EmployeeAttestationCards notices,
    IStringLocalizer<AttestationStrings> text, Domain.People.OfficerRoster roster) : ICardActionRoute
{
    public string Verb => AttestationVerbs.Progress;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            await roster.RequireActiveAsync(request.Turn.Activity.From?.AadObjectId ?? "", cancellationToken);
            var campaign = await register.FindAsync(AttestationRefusal.CampaignId(request), cancellationToken);
            await register.ReconcileDeclarationsAsync(campaign, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return CardActionResult.Replace(cards.Progress(await register.ProgressAsync(campaign, cancellationToken)));
        }
        catch (DomainRuleException)
        {
            return CardActionResult.Replace(AttestationRefusal.Card(notices, text, DateTime.UtcNow.Year, "Attestation_NotOfficer"));
        }
    }
}

/// <summary>Close: only an active officer; the card then shows the final figures without the close button.</summary>
internal sealed class AttestationCloseRoute(
    AttestationRegister register, RegistersDbContext db, OfficerAttestationCards cards, EmployeeAttestationCards notices,
    IStringLocalizer<AttestationStrings> text) : ICardActionRoute
{
    public string Verb => AttestationVerbs.Close;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // A forged or stale campaign id is refused inside the try, with the other refusals.
        Guid id = default;
        try
        {
            id = AttestationRefusal.CampaignId(request);
            var campaign = await register.CloseAsync(request.Turn.Activity.From?.AadObjectId ?? "", id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return CardActionResult.Replace(cards.Progress(await register.ProgressAsync(campaign, cancellationToken)));
        }
        catch (DomainRuleException ex) when (ex.Rule == AttestationCampaign.ClosedCampaignTakesNoAnswers)
        {
            // Already closed (e.g. by another officer): show the final state rather than an error.
            db.ChangeTracker.Clear();
            var campaign = await register.FindAsync(id, cancellationToken);
            return CardActionResult.Replace(cards.Progress(await register.ProgressAsync(campaign, cancellationToken)));
        }
        catch (DomainRuleException)
        {
            return CardActionResult.Replace(AttestationRefusal.Card(notices, text, DateTime.UtcNow.Year, "Attestation_NotOfficer"));
        }
    }
}
