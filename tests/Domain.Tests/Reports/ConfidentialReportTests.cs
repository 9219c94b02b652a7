using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Reports;

public sealed class ConfidentialReportTests : RegisterTestBase
{
    private static readonly ReportSubmission Submission = new(
        ReportCategory.Bribery, "A supplier paid for a trip", "Almaty, February", ["Head of procurement"], false);

    private static readonly ReporterIdentity Reporter = new("aad-reporter-1", "Aigerim Reporter", "29:reporter");

    // Reg. 23.2: an anonymous report keeps the date only, no identity, and its audit entry has no actor.
    [Fact]
    public async Task File_Anonymous_StoresNothingLinkingReporter()
    {
        World.Time.SetUtcNow(new DateTimeOffset(2026, 3, 10, 9, 41, 17, TimeSpan.Zero));
        var filed = World.Intake.File(Submission, identity: null);
        await using (var db = Database.CreateContext())
        {
            db.ConfidentialReports.Add(filed.Report);
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var stored = await read.ConfidentialReports.SingleAsync();
        Assert.True(stored.IsAnonymous);
        Assert.Null(stored.SealedIdentity);
        Assert.Null(stored.FiledAt);
        Assert.Equal(new DateOnly(2026, 3, 10), stored.FiledOn);
        var audit = await read.AuditEntries.SingleAsync(e => e.Action == "ReportFiled");
        Assert.Equal(AuditEntry.AnonymousActor, audit.Actor);
        Assert.Equal(TimeSpan.Zero, audit.At.ToOffset(World.Clock.Zone.BaseUtcOffset).TimeOfDay);
        Assert.All(stored.Transitions, t => Assert.Equal(TimeSpan.Zero, t.At.ToOffset(World.Clock.Zone.BaseUtcOffset).TimeOfDay));
        Assert.Equal("R-2026-0001", stored.Number);
    }

    // Reg. 23.2: the passphrase is stored only as a slow salted hash; the case opens with code and passphrase.
    [Fact]
    public async Task OpenAsync_RightAndWrongPassphrase_OpensOnlyWithTheRightOne()
    {
        var filed = World.Intake.File(Submission, identity: null);
        await using (var db = Database.CreateContext())
        {
            db.ConfidentialReports.Add(filed.Report);
            await db.SaveChangesAsync();
            Assert.DoesNotContain(filed.Passphrase, filed.Report.PassphraseHash, StringComparison.Ordinal);
        }

        await using var read = Database.CreateContext();
        var followUp = new ReportFollowUp(read, World.Hasher, World.Clock);
        Assert.NotNull(await followUp.OpenAsync(filed.CaseCode.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal), filed.Passphrase));
        Assert.Null(await followUp.OpenAsync(filed.CaseCode, filed.Passphrase + "x"));
        Assert.Null(await followUp.OpenAsync("ZZZZ-ZZZZ-ZZZZ", filed.Passphrase));
    }

    [Fact]
    public void File_ChosenPassphraseTooShort_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => World.Intake.File(Submission, null, "short"));

        Assert.Equal(DomainMessageKeys.PassphraseTooWeak, error.MessageKey);
    }

    // Reg. 23.2: a named reporter's identity is sealed; only the assigned officer reads it, and each read is audited.
    [Fact]
    public async Task ReadAsync_AssignedOfficer_UnsealsAndAudits()
    {
        var id = await FileNamedAndAcknowledgeAsync();
        await using var db = Database.CreateContext();
        var raw = await Database.ReadAllFilesAsync();
        Assert.DoesNotContain("Aigerim", raw, StringComparison.Ordinal);

        var identity = await new ReporterIdentityReader(db, World.Roster(db), World.Sealer, World.Clock).ReadAsync(id, TestWorld.OfficerA);

        Assert.Equal(Reporter, identity);
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "ReporterIdentityRead" && e.Actor == TestWorld.OfficerA));
    }

    [Fact]
    public async Task ReadAsync_OfficerNotAssigned_IsRefusedWithoutUnsealing()
    {
        var id = await FileNamedAndAcknowledgeAsync();
        await using var db = Database.CreateContext();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() =>
            new ReporterIdentityReader(db, World.Roster(db), World.Sealer, World.Clock).ReadAsync(id, TestWorld.OfficerB));

        Assert.Equal(ConfidentialReport.OnlyAssignedOfficerHandlesReport, error.Rule);
        Assert.Equal(0, await db.AuditEntries.CountAsync(e => e.Action == "ReporterIdentityRead"));
    }

    // Reg. 22.3: received → acknowledged → under review → under investigation → closed, each step a row.
    [Fact]
    public async Task Transitions_FullProcedure_AreRecordedInOrder()
    {
        var id = await FileNamedAndAcknowledgeAsync();
        await using (var db = Database.CreateContext())
        {
            var report = await db.ConfidentialReports.SingleAsync(r => r.Id == id);
            var officer = await World.OfficerAsync(db);
            report.StartReview(officer, World.Clock.Now);
            report.OpenInvestigation(officer, World.Clock.Now);
            report.Close(officer, ReportOutcome.Substantiated, "Measures were taken. Thank you.", World.Clock.Now);
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var stored = await read.ConfidentialReports.SingleAsync(r => r.Id == id);
        Assert.Equal(
            [ReportStatus.Received, ReportStatus.Acknowledged, ReportStatus.UnderReview, ReportStatus.UnderInvestigation, ReportStatus.Closed],
            stored.Transitions.OrderBy(t => t.Sequence).Select(t => t.ToStatus));
        Assert.Equal(ReportOutcome.Substantiated, stored.Outcome);
        Assert.Equal(MessageAuthor.Officer, stored.Messages.Single().Author);
    }

    [Fact]
    public async Task OpenInvestigation_BeforeReview_IsRefused()
    {
        var id = await FileNamedAndAcknowledgeAsync();
        await using var db = Database.CreateContext();
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == id);
        var officer = await World.OfficerAsync(db);

        var error = Assert.Throws<DomainRuleException>(() => report.OpenInvestigation(officer, World.Clock.Now));

        Assert.Equal(ConfidentialReport.ReportStatusFollowsTheProcedure, error.Rule);
    }

    [Fact]
    public async Task PostReporterMessage_AfterClose_IsRefused()
    {
        await using var db = Database.CreateContext();
        var report = World.Intake.File(Submission, null).Report;
        var officer = await World.OfficerAsync(db);
        await World.AcknowledgeAsync(db, report, officer);
        report.Close(officer, ReportOutcome.OutsideScope, "Not an anti-corruption matter.", World.Clock.Now);

        var error = Assert.Throws<DomainRuleException>(() => report.PostReporterMessage("One more thing", World.Clock));

        Assert.Equal(ConfidentialReport.ClosedReportTakesNoMessages, error.Rule);
    }

    // Deadlines come from configuration (defaults: 7 days, 3 months).
    [Fact]
    public void File_DefaultDeadlines_AreSevenDaysAndThreeMonths()
    {
        var report = World.Intake.File(Submission, null).Report;

        Assert.Equal(new DateOnly(2026, 3, 17), report.AcknowledgeBy);
        Assert.Equal(new DateOnly(2026, 6, 10), report.FeedbackBy);
    }

    // Reg. 29: the officer can mark the director implicated later; it is a recorded transition.
    [Fact]
    public async Task MarkDirectorImplicated_ByOfficer_SetsFlagAndRecordsTransition()
    {
        await using var db = Database.CreateContext();
        var report = World.Intake.File(Submission, null).Report;

        report.MarkDirectorImplicated(await World.OfficerAsync(db), "Evidence points to the director", World.Clock.Now);

        Assert.True(report.DirectorImplicated);
        Assert.Equal(ReportEvent.DirectorImplicationMarked, report.Transitions[^1].Event);
    }

    private async Task<Guid> FileNamedAndAcknowledgeAsync()
    {
        await using var db = Database.CreateContext();
        var report = World.Intake.File(Submission, Reporter).Report;
        await World.AcknowledgeAsync(db, report, await World.OfficerAsync(db));
        db.ConfidentialReports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    }
}
