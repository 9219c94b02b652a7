using System.Text.Json;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Reports;

public sealed class ReportNoticesTests : RegisterTestBase
{
    private const string AuthorizedBody = "agency@example.kz";

    private static ReportSubmission Submission(bool directorImplicated) => new(
        ReportCategory.Procurement, "Tender rigged for Aigerim's cousin", "Almaty", ["Head of procurement"], directorImplicated);

    private ReportNotices Notices(RegistersDbContext db, bool digest = false)
    {
        var organization = Options.Create(new OrganizationOptions { DirectorAadObjectId = TestWorld.Director, AuthorizedBodyEmail = AuthorizedBody });
        return new(db, World.Clock, organization, new DirectorDigest(db, World.Clock, Options.Create(new DirectorDigestOptions { DigestEnabled = digest }), organization));
    }

    private async Task<Guid> FileAsync(bool directorImplicated)
    {
        await using var db = Database.CreateContext();
        var filed = World.Intake.File(Submission(directorImplicated), identity: null);
        db.ConfidentialReports.Add(filed.Report);
        await db.SaveChangesAsync();
        Notices(db).ReportFiled(filed.Report);
        await db.SaveChangesAsync();
        return filed.Report.Id;
    }

    // Reg. 23.3: a new report creates a director notice with number, category, date and status only.
    [Fact]
    public async Task ReportFiled_DirectorNotImplicated_QueuesDirectorMailWithoutFreeText()
    {
        var id = await FileAsync(directorImplicated: false);

        await using var db = Database.CreateContext();
        var row = await db.OutboxMessages.SingleAsync();
        Assert.Equal(OutboxKinds.DirectorMail, row.Kind);
        Assert.Equal(TestWorld.Director, row.Recipient);
        using var payload = JsonDocument.Parse(row.Payload);
        var names = payload.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["category", "date", "eventAt", "noticeType", "number", "status"], names);
        // Reg. 29: the director's reference, not the register number (decision 119).
        Assert.Equal(DirectorReference.For(id), payload.RootElement.GetProperty("number").GetString());
        Assert.DoesNotContain("Tender", row.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain("procurement", row.Payload, StringComparison.Ordinal);
    }

    // Reg. 29, 23.4: a report implicating the director creates no director notice, and an escalation instead.
    [Fact]
    public async Task ReportFiled_DirectorImplicated_EscalatesAndNeverNotifiesDirector()
    {
        var id = await FileAsync(directorImplicated: true);

        await using var db = Database.CreateContext();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Kind == OutboxKinds.DirectorMail || m.Recipient == TestWorld.Director));
        var escalation = await db.OutboxMessages.SingleAsync();
        Assert.Equal(OutboxKinds.AuthorizedBodyMail, escalation.Kind);
        Assert.Equal(AuthorizedBody, escalation.Recipient);
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == id);
        Assert.True(report.IsEscalated);
        Assert.Null(report.Transitions.Single(t => t.Event == ReportEvent.EscalatedToAuthorizedBody).Actor);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "ReportEscalatedToAuthorizedBody"));
    }

    // Reg. 29: the officer marks the director implicated later; the closing outcome then never reaches the director.
    [Fact]
    public async Task DirectorImplicatedByOfficer_ThenClosed_NoOutcomeNoticeAndEscalationByOfficer()
    {
        var id = await FileAsync(directorImplicated: false);
        await using (var db = Database.CreateContext())
        {
            // The filing's notice has reached the director before the officer's finding.
            var store = new OutboxStore(db, TimeProvider.System);
            var sent = Assert.Single(await store.ClaimDueAsync("test", 10, TimeSpan.FromMinutes(1), CancellationToken.None));
            Assert.True(await store.MarkDeliveredAsync(sent.Id, "test", null, CancellationToken.None));
        }

        await using (var db = Database.CreateContext())
        {
            var officer = await World.OfficerAsync(db);
            var report = await db.ConfidentialReports.SingleAsync(r => r.Id == id);
            await World.AcknowledgeAsync(db, report, officer);
            await Notices(db).DirectorImplicatedByOfficerAsync(report, officer, "The director signed the contract");
            report.Close(officer, ReportOutcome.ReferredToAuthorizedBody, "Referred to the agency", World.Clock.Now);
            Notices(db).ReportClosed(report);
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        Assert.Equal(1, await read.OutboxMessages.CountAsync(m => m.Kind == OutboxKinds.DirectorMail));
        var escalated = await read.ConfidentialReports.SingleAsync();
        Assert.Equal(TestWorld.OfficerA, escalated.Transitions.Single(t => t.Event == ReportEvent.EscalatedToAuthorizedBody).Actor);
        Assert.Empty(await new DirectorReportView(read, World.Clock).ListAsync());
    }

    // Reg. 29: an anonymous filing's director notice waits for its release moment (decision 119); an officer who finds
    // the director implicated before then withdraws it in the same unit of work, so the director never receives a
    // notice of a report that then vanishes from their view. The escalation goes to the authorized body instead.
    [Fact]
    public async Task DirectorImplicatedByOfficer_NoticeStillHeld_IsWithdrawn()
    {
        Guid id;
        await using (var db = Database.CreateContext())
        {
            var filed = World.Intake.File(Submission(directorImplicated: false), identity: null);
            db.ConfidentialReports.Add(filed.Report);
            await db.SaveChangesAsync();
            Notices(db).ReportFiled(filed.Report, World.Clock.Now + TimeSpan.FromHours(1));
            Notices(db).CaseNeedsOfficer(filed.Report, World.Clock.Now + TimeSpan.FromHours(1));
            await db.SaveChangesAsync();
            id = filed.Report.Id;
        }

        await using (var db = Database.CreateContext())
        {
            Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.Kind == OutboxKinds.DirectorMail && m.DeliveredAt == null));
            var officer = await World.OfficerAsync(db);
            var report = await db.ConfidentialReports.SingleAsync(r => r.Id == id);
            await World.AcknowledgeAsync(db, report, officer);
            await Notices(db).DirectorImplicatedByOfficerAsync(report, officer, "The director signed the contract");
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        Assert.False(await read.OutboxMessages.AnyAsync(m => m.Kind == OutboxKinds.DirectorMail || m.Recipient == TestWorld.Director));
        Assert.Equal(AuthorizedBody, (await read.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.AuthorizedBodyMail)).Recipient);
    }

    // Decision 104: with the digest on, a case outcome waits for the digest; a new report still goes at once (Reg. 23.3).
    [Fact]
    public async Task ReportClosed_DigestOn_HeldForTheDigestWithoutFreeText()
    {
        var id = await FileAsync(directorImplicated: false);
        await using (var db = Database.CreateContext())
        {
            var officer = await World.OfficerAsync(db);
            var report = await db.ConfidentialReports.SingleAsync(r => r.Id == id);
            await World.AcknowledgeAsync(db, report, officer);
            report.Close(officer, ReportOutcome.NotSubstantiated, "Checked the tender file", World.Clock.Now);
            Notices(db, digest: true).ReportClosed(report);
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        Assert.Equal(1, await read.OutboxMessages.CountAsync(m => m.Kind == OutboxKinds.DirectorMail));
        var item = await read.DirectorDigestItems.SingleAsync();
        // Decision 119: the digest names the report as the director's notices do, by its reference (Reg. 29); Reg. 23.3:
        // a closed case's line gives its outcome in the status column.
        Assert.Equal((DirectorNoticeKinds.ReportClosed, DirectorReference.For(id), "Procurement", nameof(ReportOutcome.NotSubstantiated), id), (item.NoticeType, item.Number, item.Category, item.Status, item.ReportId!.Value));
        Assert.True(item.IsPending);
    }

    // Decision 118: with no officer who may handle the case, the director is asked to appoint one — number, category,
    // date and status only (Reg. 23.2) — and never about a report that implicates the director (Reg. 29).
    [Fact]
    public async Task CaseNeedsOfficer_FlagsDirectorWithoutIdentity_NeverWhenImplicated()
    {
        var ordinary = await FileAsync(directorImplicated: false);
        var implicated = await FileAsync(directorImplicated: true);
        await using (var db = Database.CreateContext())
        {
            foreach (var id in new[] { ordinary, implicated })
            {
                Notices(db).CaseNeedsOfficer(await db.ConfidentialReports.SingleAsync(r => r.Id == id));
            }

            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var row = await read.OutboxMessages.SingleAsync(m => m.Payload.Contains(DirectorNoticeKinds.CaseNeedsOfficer));
        Assert.Equal((OutboxKinds.DirectorMail, TestWorld.Director), (row.Kind, row.Recipient));
        using var payload = JsonDocument.Parse(row.Payload);
        Assert.Equal(["category", "date", "eventAt", "noticeType", "number", "status"],
            payload.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(DirectorReference.For(ordinary), payload.RootElement.GetProperty("number").GetString());
        Assert.DoesNotContain("Tender", row.Payload, StringComparison.Ordinal);
    }

    // Reg. 29, 23.4: a report is escalated once.
    [Fact]
    public async Task DirectorImplicatedByOfficer_AlreadyEscalated_IsRefused()
    {
        var id = await FileAsync(directorImplicated: true);
        await using var db = Database.CreateContext();
        var officer = await World.OfficerAsync(db);
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == id);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Notices(db).DirectorImplicatedByOfficerAsync(report, officer, "again"));

        Assert.Equal(DomainMessageKeys.ReportAlreadyEscalated, error.MessageKey);
    }

    // Reg. 23.2, 23.3: the director's view lists number, category, date and status, and leaves implicated reports out.
    [Fact]
    public async Task ListAsync_NamedAndImplicatedReports_ShowsOnlyTheNotImplicatedOneWithoutIdentity()
    {
        await using (var db = Database.CreateContext())
        {
            var named = World.Intake.File(Submission(false), new ReporterIdentity("aad-reporter-9", "Aigerim Reporter", "29:reporter-9"));
            var implicated = World.Intake.File(Submission(true), identity: null);
            db.ConfidentialReports.AddRange(named.Report, implicated.Report);
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var summaries = await new DirectorReportView(read, World.Clock).ListAsync();

        var only = Assert.Single(summaries);
        var json = JsonSerializer.Serialize(summaries);
        Assert.DoesNotContain("Aigerim", json, StringComparison.Ordinal);
        Assert.DoesNotContain("aad-reporter-9", json, StringComparison.Ordinal);
        Assert.DoesNotContain("29:reporter-9", json, StringComparison.Ordinal);
        Assert.Equal(ReportCategory.Procurement, only.Category);
    }
}
