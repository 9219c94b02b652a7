using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Trainings;

namespace ComplianceBot.Domain.Tests.Trainings;

public sealed class TrainingAudienceResolverTests : RegisterTestBase
{
    [Fact]
    public async Task ResolveAsync_Departments_InvitesOnlyThoseWithMailInThem()
    {
        await SeedAsync();
        await using var db = Database.CreateContext();

        var invitees = await new TrainingAudienceResolver(db, World.Clock).ResolveAsync(TrainingAudience.ForDepartments(["Finance"]));

        Assert.Equal(["a@contoso.kz"], invitees.Select(i => i.Email));
    }

    // Reg. 14.7: "everyone who has not attended an anti-corruption training in the last N months".
    [Fact]
    public async Task ResolveAsync_NotTrainedRecently_LeavesOutThoseTrainedWithinPeriod()
    {
        await SeedAsync();
        await using (var db = Database.CreateContext())
        {
            var officer = await World.OfficerAsync(db);
            db.TrainingHistory.Add(TrainingHistoryEntry.RecordExternal(officer, "aad-a", "Course", "Org", World.Clock.Today.AddMonths(-2), World.Clock));
            db.TrainingHistory.Add(TrainingHistoryEntry.RecordExternal(officer, "aad-b", "Course", "Org", World.Clock.Today.AddMonths(-14), World.Clock));
            await db.SaveChangesAsync();
        }

        await using var check = Database.CreateContext();
        var invitees = await new TrainingAudienceResolver(check, World.Clock).ResolveAsync(TrainingAudience.NotTrainedWithin(12));

        Assert.Equal(["aad-b"], invitees.Select(i => i.AadObjectId));
    }

    private async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        foreach (var (id, department, mail) in new[] { ("aad-a", "Finance", "a@contoso.kz"), ("aad-b", "Legal", "b@contoso.kz"), ("aad-c", "Finance", null) })
        {
            var employee = Employee.Create(id, "tenant", id, "kk", World.Clock.Now);
            employee.UpdateFromDirectory("tenant", id, department, null, null, "kk", World.Clock.Now);
            employee.UpdateMail(mail, World.Clock.Now);
            db.Employees.Add(employee);
        }

        await db.SaveChangesAsync();
    }
}
