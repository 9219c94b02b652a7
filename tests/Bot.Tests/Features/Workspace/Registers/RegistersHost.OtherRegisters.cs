using ComplianceBot.Domain;
using ComplianceBot.Domain.Attestation;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Trainings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Registers;

/// <summary>The attestation, trainings and participation registers' rows (decision 145), written through the Domain's own use cases.</summary>
public sealed partial class RegistersHost
{
    /// <summary>Opens a campaign of <paramref name="year"/> for <paramref name="departments"/> (everyone when empty), enrolling who is in scope.</summary>
    public async Task<Guid> StartCampaignAsync(string officer, int year, params string[] departments)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var (campaign, _) = await scope.ServiceProvider.GetRequiredService<AttestationRegister>().StartAsync(officer, year, departments);
        await db.SaveChangesAsync();
        return campaign.Id;
    }

    public async Task AnswerNoConflictAsync(string employee, Guid campaign)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AttestationRegister>().AnswerNoConflictAsync(employee, campaign);
        await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().SaveChangesAsync();
    }

    public async Task RecordDeclaredAsync(string employee, Guid campaignId, string number)
    {
        await WithDbAsync(async (db, clock) =>
        {
            var campaign = await db.AttestationCampaigns.SingleAsync(c => c.Id == campaignId);
            var participant = await db.AttestationParticipants.SingleAsync(p => p.CampaignId == campaignId && p.EmployeeAadObjectId == employee);
            participant.RecordDeclaration(campaign, number, clock.Now);
            await db.SaveChangesAsync();
        });
    }

    public async Task MarkLeftAsync(string employee) =>
        await WithDbAsync(async (db, clock) =>
        {
            (await db.Employees.SingleAsync(e => e.AadObjectId == employee)).MarkLeft(clock.Today.AddDays(-1), clock.Now);
            await db.SaveChangesAsync();
        });

    /// <summary>A training scheduled a week before <paramref name="startsAt"/>, one session inviting <paramref name="invited"/>; <paramref name="attended"/> recorded after the start when given.</summary>
    public async Task<Guid> ScheduleTrainingAsync(
        string officer, string title, DateTimeOffset startsAt, IReadOnlyList<string> invited, IReadOnlySet<string>? attended = null, bool online = true)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var active = await scope.ServiceProvider.GetRequiredService<OfficerRoster>().RequireActiveAsync(officer);
        var plan = new TrainingPlan(title, "Agenda", startsAt, 60, online, online ? null : "Room 1", TrainingAudience.ForPeople(invited));
        var training = Training.Schedule(active, plan, startsAt.AddDays(-7));
        var session = training.AddSession(1, startsAt, [.. invited.Select(i => new Invitee(i, i + "@example.test", null))]);
        db.Trainings.Add(training);
        if (attended is not null)
        {
            var after = new RegisterClock(new FakeTimeProvider(startsAt.AddHours(2)), Services.GetRequiredService<IOptions<OrganizationOptions>>());
            db.TrainingHistory.AddRange(session.RecordAttendance(active, attended, title, after));
        }

        await db.SaveChangesAsync();
        return training.Id;
    }

    public async Task<Guid> RecordParticipationAsync(string person, string process, DateOnly from, DateOnly? to, string recordedBy)
    {
        var record = await WithDbAsync(async db =>
        {
            var r = ParticipationRecord.Record(person, process, from, to, recordedBy, DateTimeOffset.UtcNow);
            db.ParticipationRecords.Add(r);
            await db.SaveChangesAsync();
            return r;
        });
        return record.Id;
    }
}
