using System.Text.Json;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>
/// A Teams notice to a named reporter (Reg. 23.2, decision 117). The row names the report, never the reporter: the
/// handler opens the sealed identity at send time and keeps the id in memory only. The recipient column is a fixed
/// word and the result is not stored, because the 1:1 conversation it names would lead back to the reporter.
/// </summary>
public static class ReporterNoticeDelivery
{
    /// <summary>The outbox row's recipient column: the reporter of the report the payload names, whoever they are.</summary>
    public const string Recipient = "reporter";

    public static OutboxMessage Enqueue(RegistersDbContext db, Guid reportId, Activity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        var payload = JsonSerializer.Serialize(new ReporterNoticePayload(reportId, activity), ChannelJson.Options);
        var message = OutboxMessage.Create(OutboxKinds.ReporterNotice, Recipient, payload, $"reporter-notice:{Guid.NewGuid():N}", now);
        db.OutboxMessages.Add(message);
        return message;
    }
}

public sealed record ReporterNoticePayload(Guid ReportId, Activity Activity);

/// <summary>Delivers <see cref="ReporterNoticeDelivery"/> rows through the Teams send path, addressed at send time.</summary>
internal sealed class ReporterNoticeHandler(IServiceScopeFactory scopes, ReporterContact contact, TeamsSendHandler teams) : IOutboxDeliveryHandler
{
    public string Kind => OutboxKinds.ReporterNotice;

    public async Task<DeliveryOutcome> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var payload = JsonSerializer.Deserialize<ReporterNoticePayload>(message.Payload, ChannelJson.Options);
        if (payload?.Activity is null)
        {
            return DeliveryOutcome.Fail("Malformed payload.");
        }

        string? reporter;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            var report = await db.ConfidentialReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == payload.ReportId, cancellationToken);
            reporter = report is null ? null : contact.RecipientAtDelivery(report);
        }

        if (reporter is null)
        {
            return DeliveryOutcome.Fail("The report has no named reporter to notify.");
        }

        var outcome = await teams.SendAsync(TeamsRecipient.ForEntraUser(reporter), payload.Activity, cancellationToken);

        // Where the notice landed (the reporter's 1:1 conversation) is not kept: it would name the reporter.
        return outcome.Status == DeliveryStatus.Delivered ? DeliveryOutcome.Delivered() : outcome;
    }
}
