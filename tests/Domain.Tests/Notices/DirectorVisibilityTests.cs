using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Notices;

/// <summary>Reg. 29: the one rule that keeps a report implicating the director away from the director (decision 123).</summary>
public sealed class DirectorVisibilityTests : RegisterTestBase
{
    private static ReportSubmission Submission(bool directorImplicated) => new(
        ReportCategory.Procurement, "Tender rigged", "Almaty", ["Head of procurement"], directorImplicated);

    private ReportNotices Notices(RegistersDbContext db, string? authorizedBody = "agency@example.kz")
    {
        var organization = Options.Create(new OrganizationOptions { DirectorAadObjectId = TestWorld.Director, AuthorizedBodyEmail = authorizedBody });
        return new(db, World.Clock, organization, new DirectorDigest(db, World.Clock, Options.Create(new DirectorDigestOptions()), organization));
    }

    private async Task<ConfidentialReport> FileAsync(RegistersDbContext db, bool directorImplicated, string? authorizedBody = "agency@example.kz")
    {
        var filed = World.Intake.File(Submission(directorImplicated), identity: null);
        db.ConfidentialReports.Add(filed.Report);
        await db.SaveChangesAsync();
        Notices(db, authorizedBody).ReportFiled(filed.Report);
        await db.SaveChangesAsync();
        return filed.Report;
    }

    [Fact]
    public void Rule_CarriesItsClause() => Assert.Equal("29", DirectorVisibility.Clause);

    // Reg. 29: the reporter's mark keeps the report from the director, in memory and in every query.
    [Fact]
    public async Task MayKnowAndVisible_ImplicatedReport_LeftOutOrdinaryKept()
    {
        await using var db = Database.CreateContext();
        var ordinary = await FileAsync(db, directorImplicated: false);
        var implicated = await FileAsync(db, directorImplicated: true);

        Assert.True(DirectorVisibility.MayKnow(ordinary));
        Assert.False(DirectorVisibility.MayKnow(implicated));
        var visible = await DirectorVisibility.Visible(db.ConfidentialReports.AsNoTracking()).Select(r => r.Id).ToListAsync();
        Assert.Equal([ordinary.Id], visible);
    }

    // Reg. 29: the director, as a viewer, does not see a report that implicates them; anyone else, or another report, is unaffected.
    [Fact]
    public async Task HidesFrom_ImplicatedReport_OnlyFromTheDirector()
    {
        await using var db = Database.CreateContext();
        var ordinary = await FileAsync(db, directorImplicated: false);
        var implicated = await FileAsync(db, directorImplicated: true);

        Assert.True(DirectorVisibility.HidesFrom(implicated, $" {TestWorld.Director.ToUpperInvariant()} ", TestWorld.Director));
        Assert.False(DirectorVisibility.HidesFrom(implicated, TestWorld.OfficerA, TestWorld.Director));
        Assert.False(DirectorVisibility.HidesFrom(ordinary, TestWorld.Director, TestWorld.Director));
        Assert.False(DirectorVisibility.HidesFrom(implicated, TestWorld.Director, directorAadObjectId: null));
    }

    [Fact]
    public void ReportOfNotice_DirectorMailAndCardKeys_NameTheReport()
    {
        var id = Guid.NewGuid();

        Assert.Equal(id, DirectorVisibility.ReportOfNotice($"director-mail:ReportFiled:{id}"));
        Assert.Equal(id, DirectorVisibility.ReportOfNotice($"director-card:CaseNeedsOfficer:{id}:3"));
        Assert.Null(DirectorVisibility.ReportOfNotice($"report-new:{id}:officer-a"));
        Assert.Null(DirectorVisibility.ReportOfNotice("director-digest:2026-12-07"));
    }

    // Reg. 29, decision 123: a director notice queued before the officer marked the director implicated — still
    // retrying when the mark is saved — may no longer be delivered; notices about other reports may.
    [Fact]
    public async Task MayDeliverAsync_ReportMarkedWhileNoticeQueued_False()
    {
        await using var db = Database.CreateContext();
        var marked = await FileAsync(db, directorImplicated: false);
        var other = await FileAsync(db, directorImplicated: false);
        var officer = await World.OfficerAsync(db);
        await World.AcknowledgeAsync(db, marked, officer);
        marked.MarkDirectorImplicated(officer, "The director signed the contract", World.Clock.Now);
        await db.SaveChangesAsync();

        var keys = await db.OutboxMessages.Where(m => m.Kind == OutboxKinds.DirectorMail).ToDictionaryAsync(m => DirectorVisibility.ReportOfNotice(m.IdempotencyKey)!.Value, m => m.IdempotencyKey);
        Assert.False(await DirectorVisibility.MayDeliverAsync(db, keys[marked.Id]));
        Assert.True(await DirectorVisibility.MayDeliverAsync(db, keys[other.Id]));
        Assert.True(await DirectorVisibility.MayDeliverAsync(db, $"report-new:{marked.Id}:{TestWorld.OfficerA}"));
    }

    // Reg. 23.4: closing a case as referred to the authorized body sends it there (register number, no free text);
    // another outcome sends nothing there.
    [Theory]
    [InlineData(nameof(ReportOutcome.ReferredToAuthorizedBody), 1)]
    [InlineData(nameof(ReportOutcome.NotSubstantiated), 0)]
    public async Task ReportClosed_Outcome_ReferralMailedToTheAuthorizedBodyOnly(string outcome, int mails)
    {
        await using var db = Database.CreateContext();
        var report = await FileAsync(db, directorImplicated: false);
        var officer = await World.OfficerAsync(db);
        await World.AcknowledgeAsync(db, report, officer);

        report.Close(officer, new ReportOutcome(outcome), "Checked the tender file", World.Clock.Now);
        Notices(db).ReportClosed(report);
        await db.SaveChangesAsync();

        var rows = await db.OutboxMessages.Where(m => m.Kind == OutboxKinds.AuthorizedBodyMail).ToListAsync();
        Assert.Equal(mails, rows.Count);
        Assert.All(rows, r => Assert.Equal(("agency@example.kz", $"{ReportNotices.AuthorizedBodyMailKeyPrefix}{report.Id}:referred"), (r.Recipient, r.IdempotencyKey)));
        Assert.All(rows, r => Assert.Contains(report.Number!, r.Payload, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.DoesNotContain("Tender", r.Payload, StringComparison.Ordinal));
    }

    // Reg. 29, 23.4: with no authorized-body address yet, the escalation's delivery row is still written; the handler
    // keeps it due until the address is configured.
    [Fact]
    public async Task ReportFiled_ImplicatedWithoutAuthorizedBodyAddress_StillQueuesTheEscalation()
    {
        await using var db = Database.CreateContext();
        var report = await FileAsync(db, directorImplicated: true, authorizedBody: "");

        var row = await db.OutboxMessages.SingleAsync();
        Assert.Equal((OutboxKinds.AuthorizedBodyMail, ReportNotices.UnconfiguredAuthorizedBody), (row.Kind, row.Recipient));
        Assert.Equal($"{ReportNotices.AuthorizedBodyMailKeyPrefix}{report.Id}", row.IdempotencyKey);
        Assert.True(report.IsEscalated);
    }
}
