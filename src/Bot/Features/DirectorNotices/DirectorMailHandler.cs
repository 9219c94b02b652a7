using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Delivery.Graph;
using ComplianceBot.Bot.Operations.Telemetry;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.DirectorNotices;

/// <summary>
/// Mails a notice to the director (Reg. 23.3) in the director's language (kk, ru or en, from the Employee register,
/// Kazakh by default), at Organization:DirectorEmail or else the director's directory mail.
/// </summary>
internal sealed class DirectorMailHandler(
    IMailSender mail,
    NoticeMailComposer composer,
    IServiceScopeFactory scopes,
    IOptionsMonitor<OrganizationOptions> organization,
    ComplianceBotMetrics? metrics = null) : IOutboxDeliveryHandler
{
    public string Kind => OutboxKinds.DirectorMail;

    public async Task<DeliveryOutcome> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var notice = NoticePayload.Parse(message.Payload);
        if (notice is null)
        {
            return DeliveryOutcome.Fail("Malformed notice payload.");
        }

        var options = organization.CurrentValue;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var director = options.DirectorAadObjectId is { Length: > 0 } id
            ? await db.Employees.AsNoTracking().Where(e => e.AadObjectId == id)
                .Select(e => new { e.Mail, e.PreferredLanguage }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var to = string.IsNullOrWhiteSpace(options.DirectorEmail) ? director?.Mail : options.DirectorEmail;
        if (string.IsNullOrWhiteSpace(to))
        {
            // Configuration may be completed later; keep the notice due rather than lose it.
            return DeliveryOutcome.AwaitConfiguration("No director mail address: set Organization:DirectorEmail or sync the directory.");
        }

        var outgoing = composer.Compose(notice, to, NoticeMailComposer.MailLanguage(director?.PreferredLanguage), message.IdempotencyKey);
        return await GraphOutcomes.RunAsync("send-mail", metrics, async () =>
        {
            await mail.SendAsync(outgoing, cancellationToken);
            return null;
        });
    }
}
