using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Domain.Attestation;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Attestation;

/// <summary>
/// Reminds non-responders on a schedule (Attestation:ReminderInterval) and records declarations filed during
/// open campaigns. Runs on every instance: a reminder is counted on the participant row (a concurrency token)
/// and queued under a unique key in the same transaction, so two instances cannot both queue it (decision 083).
/// </summary>
public sealed class AttestationReminders(
    IServiceScopeFactory scopes, OutboxSignal signal, IOptions<AttestationOptions> options, TimeProvider time, ILogger<AttestationReminders> logger)
    : RecurringJob(time, logger)
{
    private readonly AttestationOptions _options = options.Value;

    public override string Name => "attestation.reminders";

    protected override TimeSpan TickInterval => _options.ReminderCheckInterval;

    protected override bool Enabled => _options.RemindersEnabled;

    protected override bool RunsAtStart => true;

    /// <summary>One round over every open campaign; returns how many reminders were queued.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        List<Guid> open;
        await using (var scope = scopes.CreateAsyncScope())
        {
            open = (await scope.ServiceProvider.GetRequiredService<AttestationRegister>().OpenCampaignsAsync(cancellationToken)).Select(c => c.Id).ToList();
        }

        var queued = 0;
        foreach (var id in open)
        {
            queued += await RemindAsync(id, cancellationToken);
        }

        return queued;
    }

    protected override Task TickAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);

    private async Task<int> RemindAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var total = 0;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // Those who declared in the meantime are not reminded.
            var register = scope.ServiceProvider.GetRequiredService<AttestationRegister>();
            var campaign = await register.FindAsync(campaignId, cancellationToken);
            var declared = await register.ReconcileDeclarationsAsync(campaign, cancellationToken);
            if (declared > 0)
            {
                await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().SaveChangesAsync(cancellationToken);
                AttestationLog.DeclarationsRecorded(Logger, campaignId, declared);
            }
        }

        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var register = scope.ServiceProvider.GetRequiredService<AttestationRegister>();
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            var campaign = await register.FindAsync(campaignId, cancellationToken);
            var due = await register.DueForReminderAsync(campaign, _options.ReminderInterval, _options.MaxReminders, _options.ReminderBatchSize, cancellationToken);
            if (due.Count == 0)
            {
                break;
            }

            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
            var numbers = due.ToDictionary(p => p.Id, p => p.CountReminder(campaign, now));
            await scope.ServiceProvider.GetRequiredService<AttestationOutbox>().EnqueueAsync(campaign, due, p => numbers[p.Id], cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance counted (and queued) these reminders first; nothing of ours was saved.
                AttestationLog.RemindersRaced(Logger, campaignId);
                break;
            }

            signal.Notify();
            total += due.Count;
            AttestationLog.RemindersQueued(Logger, campaignId, due.Count);
        }

        return total;
    }
}
