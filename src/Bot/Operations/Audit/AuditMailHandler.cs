using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Delivery.Graph;
using ComplianceBot.Bot.Features.DirectorNotices;
using ComplianceBot.Bot.Operations.Telemetry;
using ComplianceBot.Bot.Resources.Audit;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Operations.Audit;

/// <summary>
/// Mails an officer the published chain head or a failed verification (decision 120), in the officer's language, at
/// the officer's directory mail resolved at delivery time. The mail carries sequence numbers, hashes, table names and
/// row keys only — never register content.
/// </summary>
internal abstract class AuditMailHandler(
    IMailSender mail, IServiceScopeFactory scopes, IStringLocalizer<AuditStrings> text, ComplianceBotMetrics? metrics) : IOutboxDeliveryHandler
{
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public abstract string Kind { get; }

    protected IStringLocalizer<AuditStrings> Text => text;

    public async Task<DeliveryOutcome> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var officer = await db.Employees.AsNoTracking().Where(e => e.AadObjectId == message.Recipient)
            .Select(e => new { e.Mail, e.PreferredLanguage }).SingleOrDefaultAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(officer?.Mail))
        {
            return DeliveryOutcome.Retry("No mail address for the officer: sync the directory.");
        }

        using var culture = CultureScope.Enter(NoticeMailComposer.MailLanguage(officer.PreferredLanguage));
        var composed = Compose(message.Payload, scope.ServiceProvider);
        if (composed is not var (subject, paragraphs))
        {
            return DeliveryOutcome.Fail("Malformed audit mail payload.");
        }

        var body = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            body.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }

        var outgoing = new OutgoingMail { To = [officer.Mail], Subject = subject, HtmlBody = body.ToString(), IdempotencyKey = message.IdempotencyKey };
        return await GraphOutcomes.RunAsync("send-mail", metrics, async () =>
        {
            await mail.SendAsync(outgoing, cancellationToken);
            return null;
        });
    }

    /// <summary>The subject and the paragraphs, in the current culture; null for a payload that cannot be read.</summary>
    protected abstract (string Subject, IReadOnlyList<string> Paragraphs)? Compose(string payload, IServiceProvider services);

    protected static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}

internal sealed class AuditHeadMailHandler(IMailSender mail, IServiceScopeFactory scopes, IStringLocalizer<AuditStrings> text, ComplianceBotMetrics? metrics = null)
    : AuditMailHandler(mail, scopes, text, metrics)
{
    public override string Kind => OutboxKinds.AuditHeadMail;

    protected override (string Subject, IReadOnlyList<string> Paragraphs)? Compose(string payload, IServiceProvider services)
    {
        if (AuditChainHead.Parse(payload) is not { } head)
        {
            return null;
        }

        var sequence = head.Sequence.ToString(CultureInfo.InvariantCulture);
        return (Text.Require("Head_Subject", sequence),
        [
            Text.Require("Head_Intro", sequence, Date(head.PublishedAt)),
            Text.Require("Head_Hash", sequence, head.Hash, head.KeyId),
            Text.Require("Head_Archive", services.GetRequiredService<IAuditHeadArchive>().Location),
        ]);
    }
}

internal sealed class AuditAlertMailHandler(IMailSender mail, IServiceScopeFactory scopes, IStringLocalizer<AuditStrings> text, ComplianceBotMetrics? metrics = null)
    : AuditMailHandler(mail, scopes, text, metrics)
{
    public override string Kind => OutboxKinds.AuditAlertMail;

    protected override (string Subject, IReadOnlyList<string> Paragraphs)? Compose(string payload, IServiceProvider services)
    {
        AuditAlert? alert;
        try
        {
            alert = JsonSerializer.Deserialize<AuditAlert>(payload, Json);
        }
        catch (JsonException)
        {
            return null;
        }

        if (alert is null)
        {
            return null;
        }

        return (Text.Require("Alert_Subject"),
        [
            Text.Require("Alert_Intro", Date(alert.At)),
            Text.Require("Alert_Finding", Text.Require("Finding_" + alert.Finding)),
            Text.Require("Alert_Where", alert.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "-", alert.Table ?? "-", alert.RowKey ?? "-"),
            Text.Require("Alert_Detail", alert.Problem),
        ]);
    }
}
