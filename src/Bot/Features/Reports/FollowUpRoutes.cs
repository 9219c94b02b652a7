using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Forms;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Resources.Reports;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>
/// Code + passphrase → the case (Reg. 22.7: two-way follow-up), from any account. Every failure — unknown code,
/// wrong passphrase, lockout — gives the same card (decision 092).
/// </summary>
internal sealed class ReportOpenRoute(GuardedReportFollowUp followUp, FormValidator validator, ReporterCards cards) : ICardActionRoute
{
    public string Verb => ReportVerbs.Open;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var validation = validator.Validate(cards.CheckForm(), request.Inputs);
        if (!validation.IsValid)
        {
            return CardActionResult.Replace(validation.Card);
        }

        var report = await followUp.OpenAsync(
            request.Inputs[ReportInputs.CaseCode], request.Inputs[ReportInputs.Passphrase], Requester.Of(request), cancellationToken);
        return CardActionResult.Replace(report is null ? cards.CheckForm(failed: true) : cards.Case(report));
    }
}

/// <summary>
/// The reporter's reply goes into the thread; the assigned officer gets a card saying so (without the text). For an
/// anonymous report that card is held to a fresh random moment within the release window, which its row carries as
/// CreatedAt and NextAttemptAt, so neither the row nor the card's arrival shows when the reporter replied (Reg. 23.2;
/// decision 119, changed after review).
/// </summary>
internal sealed class ReportReplyRoute(
    GuardedReportFollowUp followUp, RegistersDbContext db, OfficerCards officerCards, ReporterCards cards, RecipientCulture cultures,
    AnonymousNoticeRelease release, RegisterClock clock, OutboxSignal signal, IStringLocalizer<ReportStrings> text) : ICardActionRoute
{
    public string Verb => ReportVerbs.Reply;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = request.Inputs.GetValueOrDefault(ReportInputs.Reply);
        var report = await followUp.OpenAsync(
            request.Inputs.GetValueOrDefault(ReportInputs.CaseCode), request.Inputs.GetValueOrDefault(ReportInputs.Passphrase),
            Requester.Of(request), cancellationToken);
        if (report is null)
        {
            return CardActionResult.Replace(cards.CheckForm(failed: true));
        }

        if (string.IsNullOrWhiteSpace(reply) || report.Status == ReportStatus.Closed)
        {
            return CardActionResult.Replace(cards.Case(report));
        }

        var message = report.PostReporterMessage(reply, clock);
        if (report.AssignedOfficerAadObjectId is { } officer)
        {
            using (await cultures.EnterAsync(officer, cancellationToken))
            {
                var releaseAt = release.ReleaseFor(report);
                TeamsDelivery.Enqueue(db, $"report-reply:{message.Id}", TeamsRecipient.ForEntraUser(officer),
                    CardAttachment.ToMessage(officerCards.ReporterReplied(report)), releaseAt, releaseAt);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return CardActionResult.Replace(cards.Case(report, text.Require("Case_Sent")));
    }
}

/// <summary>Who asks, for the per-requester lockout: the channel's user id, else the conversation. Only its keyed MAC is stored (decision 117).</summary>
internal static class Requester
{
    public static string Of(CardActionRequest request)
    {
        var activity = request.Turn.Activity;
        return activity.From?.Id ?? activity.Conversation?.Id ?? "unknown";
    }
}
