using ComplianceBot.Domain.Attestation;
using ComplianceBot.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Attestation;

/// <summary>The annual attestation's campaign rules (Reg. 14.12: identify conflicts of interest).</summary>
public sealed class AttestationCampaignTests : RegisterTestBase
{
    private AttestationRegister Register(ComplianceBot.Domain.Persistence.RegistersDbContext db) => new(db, World.Roster(db), World.Clock);

    // Reg. 14.12 is the compliance service's duty: only an officer with a current appointment starts a campaign.
    [Fact]
    public async Task StartAsync_NotAnActiveOfficer_IsRefused()
    {
        await using var db = Database.CreateContext();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Register(db).StartAsync("e-1", 2026, null));

        Assert.Equal(OfficerRoster.OnlyActiveOfficerRule, error.Rule);
    }

    // Reg. 14.12: everyone in scope is asked; "everyone" enrols the whole Employee register, departments only theirs.
    [Fact]
    public async Task StartAsync_DepartmentScope_EnrolsOnlyThoseDepartments()
    {
        await using (var seed = Database.CreateContext())
        {
            await AttestationTestData.SeedEmployeesAsync(seed, 6, World.Clock.Now);
        }

        await using var db = Database.CreateContext();
        var (campaign, participants) = await Register(db).StartAsync(TestWorld.OfficerA, 2026, [AttestationTestData.Finance]);
        await db.SaveChangesAsync();

        Assert.Equal(3, participants.Count);
        Assert.All(participants, p => Assert.Equal(AttestationTestData.Finance, p.Department));
        Assert.Equal([AttestationTestData.Finance], campaign.Departments);
        Assert.Contains(await db.AuditEntries.ToListAsync(), e => e.Action == "AttestationStarted" && e.EntityId == campaign.Id.ToString());
    }

    // One campaign a year: a second open one for the same year would ask everyone twice.
    [Fact]
    public async Task StartAsync_SecondOpenCampaignForYear_IsRefused()
    {
        await using var db = Database.CreateContext();
        await Register(db).StartAsync(TestWorld.OfficerA, 2026, null);
        await db.SaveChangesAsync();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Register(db).StartAsync(TestWorld.OfficerB, 2026, null));

        Assert.Equal(AttestationCampaign.OneOpenCampaignPerYear, error.Rule);
    }

    // The database holds the rule too, for two instances starting at the same moment.
    [Fact]
    public async Task SaveChangesAsync_TwoOpenCampaignsForYear_DatabaseRefuses()
    {
        await using var first = Database.CreateContext();
        await using var second = Database.CreateContext();
        await Register(first).StartAsync(TestWorld.OfficerA, 2026, null);
        await Register(second).StartAsync(TestWorld.OfficerB, 2026, null);
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task StartAsync_YearOutOfRange_IsRefused()
    {
        await using var db = Database.CreateContext();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Register(db).StartAsync(TestWorld.OfficerA, 1999, null));

        Assert.Equal(AttestationCampaign.CampaignYearMustBeSensible, error.Rule);
    }

    // After closing, a new campaign for the same year may open (e.g. a re-run after a reorganisation).
    [Fact]
    public async Task CloseAsync_ByOfficer_RecordsTransitionAndFreesTheYear()
    {
        await using var db = Database.CreateContext();
        var (campaign, _) = await Register(db).StartAsync(TestWorld.OfficerA, 2026, null);
        await db.SaveChangesAsync();

        await Register(db).CloseAsync(TestWorld.OfficerB, campaign.Id);
        await db.SaveChangesAsync();
        await Register(db).StartAsync(TestWorld.OfficerA, 2026, null);
        await db.SaveChangesAsync();

        await using var read = Database.CreateContext();
        var stored = await read.AttestationCampaigns.SingleAsync(c => c.Id == campaign.Id);
        Assert.Equal(CampaignStatus.Closed, stored.Status);
        Assert.Equal(TestWorld.OfficerB, stored.ClosedBy);
        Assert.Equal([CampaignStatus.Open, CampaignStatus.Closed], stored.Transitions.OrderBy(t => t.At).ThenBy(t => t.From.HasValue).Select(t => t.To));
        Assert.Contains(await read.AuditEntries.ToListAsync(), e => e.Action == "AttestationClosed");
    }

    [Fact]
    public async Task CloseAsync_NotAnOfficer_IsRefused()
    {
        await using var db = Database.CreateContext();
        var (campaign, _) = await Register(db).StartAsync(TestWorld.OfficerA, 2026, null);
        await db.SaveChangesAsync();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Register(db).CloseAsync("e-1", campaign.Id));

        Assert.Equal(OfficerRoster.OnlyActiveOfficerRule, error.Rule);
    }

    [Fact]
    public async Task CloseAsync_AlreadyClosed_IsRefused()
    {
        await using var db = Database.CreateContext();
        var (campaign, _) = await Register(db).StartAsync(TestWorld.OfficerA, 2026, null);
        await db.SaveChangesAsync();
        await Register(db).CloseAsync(TestWorld.OfficerA, campaign.Id);
        await db.SaveChangesAsync();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Register(db).CloseAsync(TestWorld.OfficerA, campaign.Id));

        Assert.Equal(AttestationCampaign.ClosedCampaignTakesNoAnswers, error.Rule);
    }
}
