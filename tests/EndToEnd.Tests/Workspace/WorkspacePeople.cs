using ComplianceBot.Domain.People;
using ComplianceBot.EndToEnd.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.EndToEnd.Tests.Workspace;

/// <summary>One person of each workspace role: their Entra object id and the name the local sign-in page lists.</summary>
public sealed record WorkspacePerson(string AadObjectId, string DisplayName, string Role);

/// <summary>
/// The people the workspace's end-to-end tests sign in as (decision 143): an officer appointed from the director's
/// decision (Reg. 6–7, 15, 17), the configured director (<see cref="BotFixture"/> sets Organization:DirectorAadObjectId
/// to <see cref="Director"/>'s id) and an employee. The Playground's own user is the reporter.
/// </summary>
public static class WorkspacePeople
{
    public const string DirectorAadObjectId = "e2e-workspace-director";

    public static WorkspacePerson Officer { get; } = new("e2e-workspace-officer", "Aigerim Officer", "Officer");

    public static WorkspacePerson Director { get; } = new(DirectorAadObjectId, "Bolat Director", "Director");

    public static WorkspacePerson Employee { get; } = new("e2e-workspace-employee", "Dana Employee", "Employee");

    /// <summary>Writes the three into the running bot's registers (once; later calls find them there).</summary>
    public static async Task SeedAsync(BotFixture bot)
    {
        await using (var db = BotRegisters.Open(bot))
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var person in new[] { Officer, Director, Employee })
            {
                if (!await db.Employees.AnyAsync(e => e.AadObjectId == person.AadObjectId))
                {
                    db.Employees.Add(Domain.People.Employee.Create(person.AadObjectId, "development", person.DisplayName, "en", now));
                }
            }

            if (!await db.OfficerAppointments.AnyAsync(a => a.OfficerAadObjectId == Officer.AadObjectId))
            {
                var today = DateOnly.FromDateTime(now.UtcDateTime);
                db.OfficerAppointments.Add(OfficerAppointment.Record(
                    Officer.AadObjectId, "E2E-WS-1", today.AddDays(-30), today.AddDays(-30), today.AddYears(1), DirectorAadObjectId, now));
            }

            await db.SaveChangesAsync();
        }

        SqliteConnection.ClearAllPools();
    }
}
