using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>
/// One officer action on a case, with its inputs (a card's inputs, or a workspace form's fields of the same names); the
/// result is a notice shown on the refreshed case card or page.
/// </summary>
internal sealed record OfficerAction(IReadOnlyDictionary<string, string?> Inputs, ActiveOfficer Officer, ConfidentialReport Report)
{
    public string? Input(string id) => Inputs.GetValueOrDefault(id)?.Trim() is { Length: > 0 } value ? value : null;
}

/// <summary>
/// The shape of every officer action: only an active officer (Reg. 6–7), on a report they may see (Reg. 29), and a
/// refusal by a register rule shown on the card with its reason (e.g. Reg. 24.1, 24.6) instead of failing.
/// </summary>
internal abstract class OfficerCaseRoute(OfficerCaseContext context, ILogger logger) : ICardActionRoute
{
    public abstract string Verb { get; }

    protected OfficerCaseContext Context => context;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ActiveOfficer officer;
        try
        {
            officer = await context.RequireOfficerAsync(request.Turn.Activity.From?.AadObjectId, cancellationToken);
        }
        catch (DomainRuleException)
        {
            return CardActionResult.Replace(context.Message(context.Text.Require("Officer_NotOfficer")));
        }

        var report = Guid.TryParse(request.Inputs.GetValueOrDefault(ReportInputs.ReportId), out var id)
            ? await context.LoadAsync(id, officer, cancellationToken)
            : null;
        if (report is null)
        {
            return CardActionResult.Replace(context.Message(context.Text.Require("Officer_NotFound")));
        }

        // Only the handler, or an officer who may take a case waiting for one, sees and acts on it (Reg. 24; decision 118).
        if (await context.AccessRefusalAsync(report, officer, cancellationToken) is { } denied)
        {
            ReportsLog.OfficerActionRefused(logger, Verb, denied.Rule.Name);
            return CardActionResult.Replace(context.Message(context.Text.Require("Officer_Refused", context.Errors.For(denied))));
        }

        try
        {
            var action = new OfficerAction(request.Inputs, officer, report);
            if (await ConfirmationAsync(action, cancellationToken) is { } confirmation)
            {
                return CardActionResult.Replace(confirmation);
            }

            var notice = await ActAsync(action, cancellationToken);
            return CardActionResult.Replace(await context.RenderAsync(report, officer, notice, false, cancellationToken));
        }
        catch (MissingInputException missing)
        {
            return await RefreshAsync(report, officer, context.Text.Require(missing.MessageKey, context.Text.Require(missing.LabelKey)), cancellationToken);
        }
        catch (DomainRuleException refusal)
        {
            ReportsLog.OfficerActionRefused(logger, Verb, refusal.Rule.Name);
            return await RefreshAsync(report, officer, context.Text.Require("Officer_Refused", context.Errors.For(refusal)), cancellationToken);
        }
    }

    private async Task<CardActionResult> RefreshAsync(ConfidentialReport report, ActiveOfficer officer, string error, CancellationToken ct)
    {
        // Nothing of the refused change is kept or shown: the case is read again as saved.
        context.Db.ChangeTracker.Clear();
        var fresh = await context.LoadAsync(report.Id, officer, ct) ?? report;
        return CardActionResult.Replace(await context.RenderAsync(fresh, officer, error, true, ct));
    }

    /// <summary>
    /// The action itself, without the confirmation card, for the workspace's case page (decision 140): the caller has
    /// already checked the officer, the case's visibility and <see cref="OfficerCaseContext.AccessRefusalAsync"/>, as
    /// <see cref="HandleAsync"/> does; the page's form is its own confirmation.
    /// </summary>
    internal Task<string?> ActOnAsync(OfficerAction action, CancellationToken ct) => ActAsync(action, ct);

    /// <summary>A card asking the officer to confirm before <see cref="ActAsync"/> runs; null (the default) acts at once.</summary>
    protected virtual Task<AdaptiveCard?> ConfirmationAsync(OfficerAction action, CancellationToken ct) => Task.FromResult<AdaptiveCard?>(null);

    /// <summary>Does the action and saves; returns the line to show above the case, or null.</summary>
    protected abstract Task<string?> ActAsync(OfficerAction action, CancellationToken ct);

    /// <summary>The input's value, or a refusal naming the field by its label.</summary>
    protected static string Require(OfficerAction action, string inputId, string labelKey) =>
        action.Input(inputId) ?? throw new MissingInputException(labelKey);
}

/// <summary>An officer action submitted without an input it needs.</summary>
internal sealed class MissingInputException(string labelKey, string messageKey = "Officer_Required") : Exception(labelKey)
{
    public string LabelKey { get; } = labelKey;

    /// <summary>The text shown, with the field's label as {0}.</summary>
    public string MessageKey { get; } = messageKey;
}
