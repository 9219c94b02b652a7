using System.Text.Json;
using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Notices;

/// <summary>Reg. 23.3: every possible violation reaches the director — never one that implicates the director (Reg. 29).</summary>
public sealed class PossibleViolationNoticesTests : RegisterTestBase
{
    private const string AuthorizedBody = "agency@example.kz";
    private const string EmployeeId = "aad-employee-7";

    private static readonly IOptions<OrganizationOptions> Organization =
        Options.Create(new OrganizationOptions { DirectorAadObjectId = TestWorld.Director, AuthorizedBodyEmail = AuthorizedBody });

    private ReportNotices Notices(RegistersDbContext db) =>
        new(db, World.Clock, Organization, new DirectorDigest(db, World.Clock, Options.Create(new DirectorDigestOptions()), Organization));

    private async Task<Guid> ConflictAsync(string declarant, ConflictLevel level)
    {
        await using var db = Database.CreateContext();
        var declaration = ConflictOfInterestDeclaration.File(declarant, new ConflictDetails(
            ConflictArea.Procurement, "My brother owns a bidder", "Brother: B. Bidder", "Tender 2026-14"), World.Clock);
        db.ConflictDeclarations.Add(declaration);
        await db.SaveChangesAsync();
        declaration.Assess(await World.OfficerAsync(db), level, level == ConflictLevel.None ? null : SettlementMeasure.RecusalFromDecision,
            null, null, "Direct family interest", World.Clock);
        new ActualConflictNotice(db, World.Clock, Organization).Assessed(declaration);
        await db.SaveChangesAsync();
        return declaration.Id;
    }

    // Reg. 14.12, 23.3: an actual conflict found by the officer reaches the director: number, category, date, status only.
    [Fact]
    public async Task ActualConflictNotice_ActualConflict_NotifiesTheDirectorWithoutText()
    {
        var id = await ConflictAsync(TestWorld.Employee, ConflictLevel.Actual);

        await using var db = Database.CreateContext();
        var row = await db.OutboxMessages.SingleAsync();
        Assert.Equal(OutboxKinds.DirectorMail, row.Kind);
        Assert.Equal(TestWorld.Director, row.Recipient);
        Assert.Equal(ActualConflictNotice.DirectorKey(ReportNotices.DirectorMailKeyPrefix, id), row.IdempotencyKey);
        var payload = JsonDocument.Parse(row.Payload).RootElement;
        Assert.Equal(DirectorNoticeKinds.ActualConflict, payload.GetProperty("noticeType").GetString());
        Assert.Equal("C-2026-0001", payload.GetProperty("number").GetString());
        Assert.DoesNotContain("brother", row.Payload, StringComparison.OrdinalIgnoreCase);
    }

    // Reg. 14.12: a potential conflict (settled, not a violation) notifies nobody.
    [Fact]
    public async Task ActualConflictNotice_PotentialConflict_NotifiesNobody()
    {
        await ConflictAsync(TestWorld.Employee, ConflictLevel.Potential);

        await using var db = Database.CreateContext();
        Assert.Empty(await db.OutboxMessages.ToListAsync());
    }

    // Reg. 29 (invariant 2): the director's own actual conflict implicates the director — to the authorized body, not to them.
    [Fact]
    public async Task ActualConflictNotice_DirectorsOwnConflict_GoesToTheAuthorizedBodyOnly()
    {
        await ConflictAsync(TestWorld.Director, ConflictLevel.Actual);

        await using var db = Database.CreateContext();
        var row = await db.OutboxMessages.SingleAsync();
        Assert.Equal(OutboxKinds.AuthorizedBodyMail, row.Kind);
        Assert.Equal(AuthorizedBody, row.Recipient);
        Assert.Equal(DirectorNoticeKinds.ActualConflictOfDirector, JsonDocument.Parse(row.Payload).RootElement.GetProperty("noticeType").GetString());
    }

    private async Task<(Guid ReportId, Guid RequestId)> ExplanationAsync(bool directorImplicated)
    {
        await using var db = Database.CreateContext();
        var filed = World.Intake.File(new ReportSubmission(ReportCategory.Bribery, "Cash in an envelope", null, [], directorImplicated), identity: null);
        var employee = Employee.Create(EmployeeId, "tenant", "Marat Employee", "ru", World.Clock.Now);
        db.ConfidentialReports.Add(filed.Report);
        db.Employees.Add(employee);
        var officer = await World.OfficerAsync(db);
        await World.AcknowledgeAsync(db, filed.Report, officer);
        var request = ExplanationRequest.Request(filed.Report, officer, employee, "Explain the payment", World.Clock.Today.AddDays(2), World.Clock);
        db.Add(request);
        await db.SaveChangesAsync();
        return (filed.Report.Id, request.Id);
    }

    private async Task<bool> OverdueNoticeAsync(Guid reportId, Guid requestId)
    {
        await using var db = Database.CreateContext();
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == reportId);
        var request = await db.Set<ExplanationRequest>().SingleAsync(r => r.Id == requestId);
        var queued = await Notices(db).ExplanationOverdueAsync(report, request);
        await db.SaveChangesAsync();
        return queued;
    }

    // Reg. 22.4, 23.3: an explanation past its last day reaches the director once; not before the day has passed.
    [Fact]
    public async Task ExplanationOverdueAsync_PastTheLastDay_NotifiesTheDirectorOnce()
    {
        var (reportId, requestId) = await ExplanationAsync(directorImplicated: false);

        World.Time.Advance(TimeSpan.FromDays(2));
        Assert.False(await OverdueNoticeAsync(reportId, requestId));
        World.Time.Advance(TimeSpan.FromDays(1));
        Assert.True(await OverdueNoticeAsync(reportId, requestId));
        Assert.False(await OverdueNoticeAsync(reportId, requestId));

        await using var db = Database.CreateContext();
        var row = await db.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.DirectorMail);
        Assert.Equal($"{ReportNotices.DirectorMailKeyPrefix}{DirectorNoticeType.ExplanationOverdue}:{reportId}:{requestId}", row.IdempotencyKey);
        Assert.Equal(reportId, DirectorVisibility.ReportOfNotice(row.IdempotencyKey));
        Assert.DoesNotContain("Marat", row.Payload, StringComparison.Ordinal);
    }

    // Reg. 29: an overdue explanation in a report that implicates the director never reaches the director.
    [Fact]
    public async Task ExplanationOverdueAsync_ReportImplicatesTheDirector_NothingToTheDirector()
    {
        var (reportId, requestId) = await ExplanationAsync(directorImplicated: true);
        World.Time.Advance(TimeSpan.FromDays(3));

        Assert.False(await OverdueNoticeAsync(reportId, requestId));
        await using var db = Database.CreateContext();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Kind == OutboxKinds.DirectorMail));
    }

    // Reg. 23.3: the closing notice gives the outcome; never the feedback text (invariant 1).
    [Fact]
    public async Task ReportClosed_Outcome_InThePayloadWithoutTheFeedback()
    {
        var (reportId, _) = await ExplanationAsync(directorImplicated: false);
        await using (var db = Database.CreateContext())
        {
            var report = await db.ConfidentialReports.SingleAsync(r => r.Id == reportId);
            report.Close(await World.OfficerAsync(db), ReportOutcome.PartlySubstantiated, "Feedback for Aigerim", World.Clock.Now);
            Notices(db).ReportClosed(report);
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var row = await read.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.DirectorMail);
        Assert.Equal(nameof(ReportOutcome.PartlySubstantiated), JsonDocument.Parse(row.Payload).RootElement.GetProperty("outcome").GetString());
        Assert.DoesNotContain("Aigerim", row.Payload, StringComparison.Ordinal);
    }

    private async Task SendAsync(Guid reportId, string summary)
    {
        await using var db = Database.CreateContext();
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == reportId);
        Notices(db).SendToAuthorizedBody(report, await World.OfficerAsync(db), summary);
        await db.SaveChangesAsync();
    }

    // Reg. 23.4: an officer sends a case with a summary: the authorized-body row (escalation's path), a transition and an
    // audit entry; a second send is refused, and closing it as referred later sends nothing more.
    [Fact]
    public async Task SendToAuthorizedBody_OpenCase_QueuedOnceAndAudited()
    {
        var (reportId, _) = await ExplanationAsync(directorImplicated: false);

        await SendAsync(reportId, "Payments to a supplier's account, 3 instances");
        var again = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(reportId, "Again"));
        await using (var db = Database.CreateContext())
        {
            var report = await db.ConfidentialReports.SingleAsync(r => r.Id == reportId);
            report.Close(await World.OfficerAsync(db), ReportOutcome.ReferredToAuthorizedBody, "Sent on", World.Clock.Now);
            Notices(db).ReportClosed(report);
            await db.SaveChangesAsync();
        }

        Assert.Equal(ConfidentialReport.SentToAuthorizedBodyOnce, again.Rule);
        await using var read = Database.CreateContext();
        var row = await read.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.AuthorizedBodyMail);
        Assert.Equal($"{ReportNotices.AuthorizedBodyMailKeyPrefix}{reportId}:sent", row.IdempotencyKey);
        Assert.Equal(AuthorizedBody, row.Recipient);
        var payload = JsonDocument.Parse(row.Payload).RootElement;
        Assert.Equal(DirectorNoticeKinds.SentToAuthorizedBody, payload.GetProperty("noticeType").GetString());
        Assert.Equal("Payments to a supplier's account, 3 instances", payload.GetProperty("summary").GetString());
        var stored = await read.ConfidentialReports.SingleAsync(r => r.Id == reportId);
        Assert.Equal(TestWorld.OfficerA, stored.Transitions.Single(t => t.Event == ReportEvent.SentToAuthorizedBody).Actor);
        Assert.Equal(1, await read.AuditEntries.CountAsync(a => a.Action == "ReportSentToAuthorizedBody"));
    }

    // Reg. 29, 23.4: a case already escalated is with the authorized body: sending it again is refused, nothing queued.
    [Fact]
    public async Task SendToAuthorizedBody_AlreadyEscalated_IsRefused()
    {
        var (reportId, _) = await ExplanationAsync(directorImplicated: false);
        await using (var db = Database.CreateContext())
        {
            var report = await db.ConfidentialReports.SingleAsync(r => r.Id == reportId);
            await Notices(db).DirectorImplicatedByOfficerAsync(report, await World.OfficerAsync(db), "The director signed");
            await db.SaveChangesAsync();
        }

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(reportId, "Summary"));

        Assert.Equal(ConfidentialReport.SentToAuthorizedBodyOnce, error.Rule);
        await using var read = Database.CreateContext();
        Assert.Equal(1, await read.OutboxMessages.CountAsync(m => m.Kind == OutboxKinds.AuthorizedBodyMail));
    }
}
