using System.Text.Json;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Reports;

/// <summary>
/// The edges of the director's and the authorized body's notices: when a waiting notice can still be recalled (Reg. 29),
/// the moment a held notice carries (decision 119), one overdue notice per request (Reg. 22.4, 23.3).
/// </summary>
public sealed class ReportNoticesEdgeTests : RegisterTestBase
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly ReportSubmission Submission = new(ReportCategory.Procurement, "Tender rigged", "Almaty", [], false);

    private ReportNotices Notices(RegistersDbContext db)
    {
        var organization = Options.Create(new OrganizationOptions { DirectorAadObjectId = TestWorld.Director, AuthorizedBodyEmail = "agency@example.kz" });
        return new(db, World.Clock, organization, new DirectorDigest(db, World.Clock, Options.Create(new DirectorDigestOptions()), organization));
    }

    private async Task<Guid> FileAndHandOverTheNoticeAsync()
    {
        await using var db = Database.CreateContext();
        var report = World.Intake.File(Submission, identity: null).Report;
        db.ConfidentialReports.Add(report);
        await db.SaveChangesAsync();
        Notices(db).ReportFiled(report);
        await db.SaveChangesAsync();
        Assert.Single(await new OutboxStore(db, World.Time).ClaimDueAsync("worker-1", 10, Lease, CancellationToken.None));
        return report.Id;
    }

    private async Task<int> ImplicateDirectorAndCountDirectorMailsAsync(Guid id)
    {
        await using (var db = Database.CreateContext())
        {
            var officer = await World.OfficerAsync(db);
            var report = await db.ConfidentialReports.SingleAsync(r => r.Id == id);
            await World.AcknowledgeAsync(db, report, officer);
            await Notices(db).DirectorImplicatedByOfficerAsync(report, officer, "The director signed the contract");
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        return await read.OutboxMessages.CountAsync(m => m.Kind == OutboxKinds.DirectorMail);
    }

    // Reg. 29: a director notice a worker is handing over right now (its lease is live) is past recall and stays.
    [Fact]
    public async Task DirectorImplicatedByOfficer_NoticeLeasedNow_IsPastRecall()
    {
        var id = await FileAndHandOverTheNoticeAsync();
        World.Time.Advance(Lease - TimeSpan.FromSeconds(1));

        Assert.Equal(1, await ImplicateDirectorAndCountDirectorMailsAsync(id));
    }

    // Reg. 29: a lease that ends this very moment is over; the worker gave up the notice, which is withdrawn.
    [Fact]
    public async Task DirectorImplicatedByOfficer_LeaseEndsThisMoment_NoticeIsWithdrawn()
    {
        var id = await FileAndHandOverTheNoticeAsync();
        World.Time.Advance(Lease);

        Assert.Equal(0, await ImplicateDirectorAndCountDirectorMailsAsync(id));
    }

    // Decision 119, Reg. 23.2: at filing, "a case needs an officer" leaves and is dated at the drawn release moment.
    [Fact]
    public async Task CaseNeedsOfficer_ReleaseMoment_NoticeWaitsForItAndCarriesIt()
    {
        var release = World.Clock.Now + TimeSpan.FromMinutes(75);
        await using (var db = Database.CreateContext())
        {
            var report = World.Intake.File(Submission, identity: null).Report;
            db.ConfidentialReports.Add(report);
            await db.SaveChangesAsync();
            Notices(db).CaseNeedsOfficer(report, release);
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var row = await read.OutboxMessages.SingleAsync();
        Assert.Equal(release, row.NextAttemptAt);
        using var payload = JsonDocument.Parse(row.Payload);
        Assert.Equal(release, payload.RootElement.GetProperty("eventAt").GetDateTimeOffset());
        Assert.Empty(await new OutboxStore(read, World.Time).ClaimDueAsync("worker-1", 10, Lease, CancellationToken.None));
    }

    // Reg. 22.4, 23.3: the director learns once per overdue request, even when asked twice in one unit of work.
    [Fact]
    public async Task ExplanationOverdue_AskedTwiceBeforeSaving_QueuesOneNotice()
    {
        await using var db = Database.CreateContext();
        var report = World.Intake.File(Submission, identity: null).Report;
        db.ConfidentialReports.Add(report);
        await db.SaveChangesAsync();
        var officer = await World.OfficerAsync(db);
        await World.AcknowledgeAsync(db, report, officer);
        var employee = Employee.Create("employee-aad-1", "tenant", "Marat Employee", "ru", World.Clock.Now);
        var request = ExplanationRequest.Request(report, officer, employee, "Explain the award", World.Clock.Today.AddDays(2), World.Clock);
        World.Time.Advance(TimeSpan.FromDays(3));

        Assert.True(await Notices(db).ExplanationOverdueAsync(report, request));
        Assert.False(await Notices(db).ExplanationOverdueAsync(report, request));
        await db.SaveChangesAsync();

        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Payload.Contains(DirectorNoticeKinds.ExplanationOverdue)));
    }

    // Reg. 23.3: notices carry the register number; a report not yet saved and numbered cannot be announced.
    [Fact]
    public async Task ReportFiled_UnnumberedReport_IsRefusedNamingTheNumber()
    {
        await using var db = Database.CreateContext();
        var report = World.Intake.File(Submission, identity: null).Report;

        var error = Assert.Throws<InvalidOperationException>(() => Notices(db).ReportFiled(report));

        Assert.Contains("register number", error.Message, StringComparison.Ordinal);
        Assert.Empty(db.OutboxMessages.Local);
    }

    [Fact]
    public async Task EveryNotice_WithoutReport_IsAnArgumentErrorNamingIt()
    {
        await using var db = Database.CreateContext();
        var notices = Notices(db);
        var officer = await World.OfficerAsync(db);
        var report = World.Intake.File(Submission, identity: null).Report;
        var employee = Employee.Create("employee-aad-1", "tenant", "Marat Employee", "ru", World.Clock.Now);
        await World.AcknowledgeAsync(db, report, officer);
        var request = ExplanationRequest.Request(report, officer, employee, "Explain the award", World.Clock.Today.AddDays(2), World.Clock);

        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => notices.ReportFiled(null!)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => notices.ReportClosed(null!)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => notices.CaseNeedsOfficer(null!)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => notices.SendToAuthorizedBody(null!, officer, "summary")).ParamName);
        Assert.Equal("report", (await Assert.ThrowsAsync<ArgumentNullException>(() => notices.ExplanationOverdueAsync(null!, request))).ParamName);
        Assert.Equal("request", (await Assert.ThrowsAsync<ArgumentNullException>(() => notices.ExplanationOverdueAsync(report, null!))).ParamName);
        Assert.Equal("report", (await Assert.ThrowsAsync<ArgumentNullException>(() => notices.DirectorImplicatedByOfficerAsync(null!, officer, "reason"))).ParamName);
    }
}
