using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>"Report confidentially" → the form, as a new message (Reg. 22.7).</summary>
internal sealed class ReportStartRoute(ReporterCards cards) : ICardActionRoute
{
    public string Verb => ReportVerbs.Start;

    public Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(CardActionResult.Post(cards.Form()));
}

/// <summary>
/// Files the report. Anonymous: no identity reaches the register, the log or the outbox — the handler reads
/// nothing of the sender (Reg. 23.2). Named: the identity is sealed. The receipt replaces the form, once.
/// </summary>
internal sealed class ReportSubmitRoute(ReportFormReader reader, ReportFiling filing, ReporterCards cards, ILogger<ReportSubmitRoute> logger) : ICardActionRoute
{
    public string Verb => ReportVerbs.Submit;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = reader.Read(request.Inputs);
        if (form.Submission is null)
        {
            return CardActionResult.Replace(form.Validation.Card);
        }

        var identity = form.Anonymous ? null : IdentityOf(request);
        var filed = await filing.FileAsync(form.Submission, identity, form.Passphrase, cancellationToken);
        ReportsLog.ReportFiled(logger, filed.Report.Category, filed.Report.IsAnonymous);
        return CardActionResult.Replace(cards.Receipt(filed));
    }

    private static ReporterIdentity IdentityOf(CardActionRequest request)
    {
        var from = request.Turn.Activity.From;
        var id = from?.AadObjectId ?? from?.Id ?? throw new InvalidOperationException("A named report needs the sender.");
        return new ReporterIdentity(id, from?.Name ?? id, from?.Id);
    }
}

/// <summary>"Check my report" → the code and passphrase form.</summary>
internal sealed class ReportCheckRoute(ReporterCards cards) : ICardActionRoute
{
    public string Verb => ReportVerbs.Check;

    public Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(CardActionResult.Post(cards.CheckForm()));
}

/// <summary>
/// "I have saved them" on the receipt: the bot deletes its own message that held the filled form and then the receipt,
/// so the case code and passphrase do not stay in the chat (decision 121). The message is the one the button sits on —
/// the activity's replyToId in this conversation — so nothing needs storing, and the turn keeps no conversation
/// reference (decision 090). The card is also replaced by one without the code, for a client that still shows it.
/// </summary>
internal sealed class ReportReceiptSavedRoute(ReporterCards cards, ILogger<ReportReceiptSavedRoute> logger) : ICardActionRoute
{
    public string Verb => ReportVerbs.ReceiptSaved;

    public async Task<CardActionResult> HandleAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = request.Turn.Context;
        if (context.Activity.ReplyToId is { Length: > 0 } receiptMessageId)
        {
            try
            {
                await context.Connector.DeleteAsync(context.Address, receiptMessageId, cancellationToken);
            }
            catch (Exception exception) when (exception is ConnectorRequestException or HttpRequestException)
            {
                // The replacement card below still takes the code and passphrase off the message.
                ReportsLog.ReceiptNotDeleted(logger);
            }
        }

        return CardActionResult.Replace(cards.ReceiptDeleted());
    }
}
