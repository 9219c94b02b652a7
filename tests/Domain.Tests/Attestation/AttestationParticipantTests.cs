using ComplianceBot.Domain.Attestation;
using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Attestation;

/// <summary>Answers, declarations and reminders within a campaign (Reg. 14.12).</summary>
public sealed class AttestationParticipantTests : RegisterTestBase
{
    private static readonly ConflictDetails Details = new(ConflictArea.Procurement, "My brother owns a bidder", "Brother", "Tender 2026-14");

    private AttestationRegister Register(RegistersDbContext db) => new(db, World.Roster(db), World.Clock);

    private async Task<Guid> StartAsync(int employees = 4)
    {
        await using var db = Database.CreateContext();
        await AttestationTestData.SeedEmployeesAsync(db, employees, World.Clock.Now);
        var (campaign, _) = await Register(db).StartAsync(TestWorld.OfficerA, 2026, null);
        await db.SaveChangesAsync();
        return campaign.Id;
    }

    // Reg. 14.12: the "no conflict" answer is a recorded, audited statement of the person.
    [Fact]
    public async Task AnswerNoConflictAsync_Employee_RecordsAndAudits()
    {
        var id = await StartAsync();
        await using var db = Database.CreateContext();

        await Register(db).AnswerNoConflictAsync("e-1", id);
        await db.SaveChangesAsync();

        var progress = await Register(db).ProgressAsync(await Register(db).FindAsync(id));
        Assert.Equal(new AttestationTally(1, 0, 3), progress.Overall);
        Assert.Contains(await db.AuditEntries.ToListAsync(), e => e.Action == "AttestationNoConflict" && e.Actor == "e-1");
    }

    // The answer is given once and never overwritten (decision 081): a second one is refused by name.
    [Fact]
    public async Task AnswerNoConflictAsync_Twice_IsRefused()
    {
        var id = await StartAsync();
        await using var db = Database.CreateContext();
        await Register(db).AnswerNoConflictAsync("e-1", id);
        await db.SaveChangesAsync();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Register(db).AnswerNoConflictAsync("e-1", id));

        Assert.Equal(AttestationParticipant.AnswerIsGivenOnce, error.Rule);
    }

    [Fact]
    public async Task AnswerNoConflictAsync_ClosedCampaign_IsRefused()
    {
        var id = await StartAsync();
        await using var db = Database.CreateContext();
        await Register(db).CloseAsync(TestWorld.OfficerA, id);
        await db.SaveChangesAsync();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Register(db).AnswerNoConflictAsync("e-1", id));

        Assert.Equal(AttestationCampaign.ClosedCampaignTakesNoAnswers, error.Rule);
    }

    [Fact]
    public async Task AnswerNoConflictAsync_PersonOutOfScope_IsRefused()
    {
        var id = await StartAsync();
        await using var db = Database.CreateContext();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Register(db).AnswerNoConflictAsync("stranger", id));

        Assert.Equal(DomainMessageKeys.AttestationNotInScope, error.MessageKey);
    }

    // Reg. 14.12: a conflict declaration filed during the campaign counts as the answer, with its number,
    // and supersedes an earlier "no conflict"; one filed before the campaign does not count.
    [Fact]
    public async Task ReconcileDeclarationsAsync_DeclarationsFiledDuringCampaign_MarkDeclaredWithNumber()
    {
        await using (var before = Database.CreateContext())
        {
            before.ConflictDeclarations.Add(ConflictOfInterestDeclaration.File("e-3", Details, World.Clock));
            await before.SaveChangesAsync();
        }

        World.Time.Advance(TimeSpan.FromMinutes(1));
        var id = await StartAsync();
        await using var db = Database.CreateContext();
        await Register(db).AnswerNoConflictAsync("e-2", id);
        World.Time.Advance(TimeSpan.FromMinutes(1));
        db.ConflictDeclarations.Add(ConflictOfInterestDeclaration.File("e-1", Details, World.Clock));
        db.ConflictDeclarations.Add(ConflictOfInterestDeclaration.File("e-2", Details, World.Clock));
        await db.SaveChangesAsync();

        var campaign = await Register(db).FindAsync(id);
        Assert.Equal(2, await Register(db).ReconcileDeclarationsAsync(campaign));
        await db.SaveChangesAsync();

        var rows = await db.AttestationParticipants.AsNoTracking().Where(p => p.CampaignId == id).ToDictionaryAsync(p => p.EmployeeAadObjectId);
        Assert.Equal(AttestationResponse.Declared, rows["e-1"].Response);
        Assert.Equal("C-2026-0002", rows["e-1"].DeclarationNumber);
        Assert.Equal(AttestationResponse.Declared, rows["e-2"].Response);
        Assert.Equal(AttestationResponse.None, rows["e-3"].Response);
        Assert.Equal(0, await Register(db).ReconcileDeclarationsAsync(campaign));
        Assert.Equal(new AttestationTally(0, 2, 2), (await Register(db).ProgressAsync(campaign)).Overall);
    }

    // Reminders go to those who have not answered, once per interval, up to the maximum.
    [Fact]
    public async Task DueForReminderAsync_AfterInterval_OnlyOutstandingUpToMax()
    {
        var id = await StartAsync();
        await using var db = Database.CreateContext();
        await Register(db).AnswerNoConflictAsync("e-0", id);
        await db.SaveChangesAsync();
        var campaign = await Register(db).FindAsync(id);
        var interval = TimeSpan.FromDays(7);

        Assert.Empty(await Register(db).DueForReminderAsync(campaign, interval, 2, 100));
        World.Time.Advance(interval);
        var due = await Register(db).DueForReminderAsync(campaign, interval, 2, 100);
        Assert.Equal(["e-1", "e-2", "e-3"], due.Select(p => p.EmployeeAadObjectId));
        due.ForEach(p => p.CountReminder(campaign, World.Clock.Now));
        await db.SaveChangesAsync();
        Assert.Empty(await Register(db).DueForReminderAsync(campaign, interval, 2, 100));
        World.Time.Advance(interval);
        (await Register(db).DueForReminderAsync(campaign, interval, 2, 100)).ForEach(p => p.CountReminder(campaign, World.Clock.Now));
        await db.SaveChangesAsync();
        World.Time.Advance(interval);

        Assert.Empty(await Register(db).DueForReminderAsync(campaign, interval, 2, 100));
    }

    // Two instances counting the same reminder: the concurrency token lets only one through.
    [Fact]
    public async Task CountReminder_TwoInstancesAtOnce_SecondSaveFails()
    {
        var id = await StartAsync(1);
        World.Time.Advance(TimeSpan.FromDays(7));
        await using var first = Database.CreateContext();
        await using var second = Database.CreateContext();
        var campaignA = await Register(first).FindAsync(id);
        var campaignB = await Register(second).FindAsync(id);
        (await Register(first).DueForReminderAsync(campaignA, TimeSpan.FromDays(7), 3, 10)).Single().CountReminder(campaignA, World.Clock.Now);
        (await Register(second).DueForReminderAsync(campaignB, TimeSpan.FromDays(7), 3, 10)).Single().CountReminder(campaignB, World.Clock.Now);
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
