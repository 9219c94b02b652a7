using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Operations.Safety;

/// <summary>
/// Start-up refuses a register in which the configured director holds an officer's appointment that is
/// active today or later (Reg. 8, <see cref="DirectorIsNeverAnOfficer"/>): such an instance would show the
/// director every case and named reporter's identity. A hosted service that fails its start stops the
/// host before the server listens; registered ahead of the outbox and the delivery jobs.
/// </summary>
internal sealed class DirectorIndependenceCheck(IServiceScopeFactory scopes, IOptions<OrganizationOptions> organization) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = organization.Value;
        if (string.IsNullOrWhiteSpace(settings.DirectorAadObjectId))
        {
            return;
        }

        // The appointments are few; read them all, so the director is recognised exactly as the rule does.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var today = scope.ServiceProvider.GetRequiredService<RegisterClock>().Today;
        var appointments = await db.OfficerAppointments.AsNoTracking().ToListAsync(cancellationToken);
        var held = appointments.FirstOrDefault(a => DirectorIsNeverAnOfficer.IsDirector(a.OfficerAadObjectId, settings) && !a.HasEndedOn(today));
        if (held is not null)
        {
            throw new InvalidOperationException(
                $"Start-up refused: Organization:DirectorAadObjectId ({settings.DirectorAadObjectId.Trim()}) holds the officer appointment of decision {held.DecisionNumber} "
                + $"({held.TermStart:yyyy-MM-dd}..{held.TermEnd:yyyy-MM-dd}); the director may not be a compliance officer (Reg. 8). "
                + "Terminate that appointment or configure the right director.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
