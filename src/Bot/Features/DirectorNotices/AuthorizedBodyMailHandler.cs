using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Delivery.Graph;
using ComplianceBot.Bot.Operations.Telemetry;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Graph;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.DirectorNotices;

/// <summary>
/// Mails an escalation to the authorized body (Reg. 29: a possible offence involving the RSE's head). The address
/// is Organization:AuthorizedBodyEmail only — this handler never looks up, copies or falls back to the director.
/// Written in Russian, the language of correspondence with state bodies alongside Kazakh.
/// </summary>
internal sealed class AuthorizedBodyMailHandler(
    IMailSender mail,
    NoticeMailComposer composer,
    IOptionsMonitor<OrganizationOptions> organization,
    ComplianceBotMetrics? metrics = null) : IOutboxDeliveryHandler
{
    public string Kind => OutboxKinds.AuthorizedBodyMail;

    public async Task<DeliveryOutcome> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var notice = NoticePayload.Parse(message.Payload, DirectorNoticeKinds.EscalatedToAuthorizedBody);
        if (notice is null)
        {
            return DeliveryOutcome.Fail("Malformed notice payload.");
        }

        var to = organization.CurrentValue.AuthorizedBodyEmail;
        if (string.IsNullOrWhiteSpace(to))
        {
            return DeliveryOutcome.AwaitConfiguration("No authorized body address: set Organization:AuthorizedBodyEmail.");
        }

        var outgoing = composer.Compose(notice, to, "ru", message.IdempotencyKey);
        return await GraphOutcomes.RunAsync("send-mail", metrics, async () =>
        {
            await mail.SendAsync(outgoing, cancellationToken);
            return null;
        });
    }
}
