using ComplianceBot.Domain;
using ComplianceBot.Domain.Attestation;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Trainings;
using ComplianceBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.EndToEnd.Tests.Workspace;

/// <summary>
/// A row in each of the attestation, trainings and participation registers (decision 145), so their pages — and the
/// screenshots — show a table rather than an empty page: this year's campaign (the employee answered), a training held
/// last month with its attendance, and a participation record. Written through the Domain's use cases, once.
/// </summary>
public static class WorkspaceRegisterRows
{
    public static async Task SeedAsync(BotFixture bot)
    {
        await using (var db = BotRegisters.Open(bot))
        {
            if (await db.AttestationCampaigns.AnyAsync())
            {
                return;
            }

            var clock = new RegisterClock(TimeProvider.System, Options.Create(new OrganizationOptions()));
            var roster = new OfficerRoster(db, clock);
            var officer = await roster.RequireActiveAsync(WorkspacePeople.Officer.AadObjectId);
            var (campaign, participants) = await new AttestationRegister(db, roster, clock).StartAsync(officer.AadObjectId, clock.Today.Year, null);
            participants.Single(p => p.EmployeeAadObjectId == WorkspacePeople.Employee.AadObjectId)
                .AnswerNoConflict(campaign, WorkspacePeople.Employee.AadObjectId, clock.Now);

            var people = new[] { WorkspacePeople.Employee, WorkspacePeople.Officer };
            var startsAt = clock.Now.AddDays(-30);
            var plan = new TrainingPlan("Gifts and hospitality", "Rules, cases, questions", startsAt, 90, false, "Room 301",
                TrainingAudience.ForPeople([.. people.Select(p => p.AadObjectId)]));
            var training = Training.Schedule(officer, plan, startsAt.AddDays(-14));
            var session = training.AddSession(1, startsAt, [.. people.Select(p => new Invitee(p.AadObjectId, p.AadObjectId + "@example.test", p.DisplayName))]);
            db.Trainings.Add(training);
            db.TrainingHistory.AddRange(session.RecordAttendance(officer, new HashSet<string> { WorkspacePeople.Employee.AadObjectId }, plan.Title, clock));

            db.ParticipationRecords.Add(ParticipationRecord.Record(
                WorkspacePeople.Employee.AadObjectId, "Procurement: tender commission", clock.Today.AddYears(-1), clock.Today.AddMonths(-6), officer.AadObjectId, clock.Now));
            await db.SaveChangesAsync();
        }

        SqliteConnection.ClearAllPools();
    }
}
