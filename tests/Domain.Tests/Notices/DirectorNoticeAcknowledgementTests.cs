using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Notices;

/// <summary>
/// Issue 18: the director acknowledges a notice they received — only the configured director, only a notice they may
/// see (Reg. 29), once however often; the mail's and the card's keys name the same notice.
/// </summary>
public sealed class DirectorNoticeAcknowledgementTests : RegisterTestBase
{
    private IOptions<OrganizationOptions> Organization { get; } =
        Options.Create(new OrganizationOptions { DirectorAadObjectId = TestWorld.Director, AuthorizedBodyEmail = "agency@example.kz" });

    private DirectorNoticeAcknowledgements Acknowledgements(RegistersDbContext db) => new(db, World.Clock, Organization);

    private async Task<(ConfidentialReport Report, string Key)> FileAsync(RegistersDbContext db)
    {
        var filed = World.Intake.File(new(ReportCategory.Procurement, "Tender rigged", "Almaty", ["Head of procurement"], false), identity: null);
        db.ConfidentialReports.Add(filed.Report);
        await db.SaveChangesAsync();
        new ReportNotices(db, World.Clock, Organization, new DirectorDigest(db, World.Clock, Options.Create(new DirectorDigestOptions()), Organization))
            .ReportFiled(filed.Report);
        await db.SaveChangesAsync();
        var key = await db.OutboxMessages.Where(m => m.Kind == OutboxKinds.DirectorMail).Select(m => m.IdempotencyKey).SingleAsync(k => k.Contains(filed.Report.Id.ToString()));
        return (filed.Report, key);
    }

    [Theory]
    [InlineData(TestWorld.OfficerA)]
    [InlineData(TestWorld.Employee)]
    [InlineData("")]
    public async Task AcknowledgeAsync_NotTheDirector_RefusedAndNothingWritten(string person)
    {
        await using var db = Database.CreateContext();
        var (_, key) = await FileAsync(db);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Acknowledgements(db).AcknowledgeAsync(key, person));

        Assert.Equal(DirectorNoticeAcknowledgements.OnlyTheDirectorAcknowledges, refused.Rule);
        Assert.Empty(await db.DirectorNoticeAcknowledgements.ToListAsync());
    }

    // Reg. 29: a notice queued before the officer marked the director implicated is not the director's to acknowledge,
    // and the refusal is the one a made-up key gets (it does not tell the director why).
    [Fact]
    public async Task AcknowledgeAsync_NoticeAboutAReportThatImplicatesTheDirector_Refused()
    {
        await using var db = Database.CreateContext();
        var (report, key) = await FileAsync(db);
        var officer = await World.OfficerAsync(db);
        await World.AcknowledgeAsync(db, report, officer);
        report.MarkDirectorImplicated(officer, "The director signed the contract", World.Clock.Now);
        await db.SaveChangesAsync();

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Acknowledgements(db).AcknowledgeAsync(key, TestWorld.Director));
        var unknown = await Assert.ThrowsAsync<DomainRuleException>(() => Acknowledgements(db).AcknowledgeAsync($"director-mail:ReportFiled:{Guid.NewGuid()}", TestWorld.Director));

        Assert.Equal(DirectorNoticeAcknowledgements.OnlyANoticeTheDirectorMaySee, refused.Rule);
        Assert.Equal(unknown.Rule, refused.Rule);
        Assert.Equal("29", refused.Rule.Clause);
        Assert.Empty(await db.DirectorNoticeAcknowledgements.ToListAsync());
    }

    // Twice is once, by the mail's key and then by the card's: one row, the first time kept.
    [Fact]
    public async Task AcknowledgeAsync_TwiceByMailThenCardKey_OneRecordWithTheFirstTime()
    {
        await using var db = Database.CreateContext();
        var (report, key) = await FileAsync(db);

        var first = await Acknowledgements(db).AcknowledgeAsync(key, TestWorld.Director);
        World.Time.Advance(TimeSpan.FromHours(1));
        var cardKey = ReportNotices.DirectorCardKeyPrefix + key[ReportNotices.DirectorMailKeyPrefix.Length..];
        var second = await Acknowledgements(db).AcknowledgeAsync(cardKey, $" {TestWorld.Director.ToUpperInvariant()} ");

        var row = Assert.Single(await db.DirectorNoticeAcknowledgements.AsNoTracking().ToListAsync());
        Assert.Equal((first.Id, first.AcknowledgedAt), (second.Id, second.AcknowledgedAt));
        Assert.Equal((key, report.Id, TestWorld.Director), (row.NoticeKey, row.ReportId, row.AcknowledgedBy));
    }

    // Inv. 4: the acknowledgement is a register row, in the audit chain with a digest like every other.
    [Fact]
    public async Task AcknowledgeAsync_TheRowIsInTheAuditChain()
    {
        await using var db = Database.CreateContext();
        var (_, key) = await FileAsync(db);
        var before = await db.AuditEntries.CountAsync();

        var row = await Acknowledgements(db).AcknowledgeAsync(key, TestWorld.Director);

        var entry = Assert.Single(await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > before).ToListAsync());
        Assert.Contains(row.Id.ToString(), entry.EntityId, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("director-card:ReportFiled:{0}", "director-mail:ReportFiled:{0}")]
    [InlineData("director-card:CaseNeedsOfficer:{0}:3", "director-mail:CaseNeedsOfficer:{0}:3")]
    [InlineData("director-digest-card:2026-12-07", "director-digest:2026-12-07")]
    [InlineData("director-report-card:2026-11", "director-report:2026-11")]
    [InlineData("officer-term:{0}:director-card", "officer-term:{0}:director-mail")]
    [InlineData("director-mail:ReportFiled:{0}", "director-mail:ReportFiled:{0}")]
    public void NoticeKeyOf_CardOrMailKey_TheMailsKey(string outboxKey, string noticeKey)
    {
        var id = Guid.NewGuid();

        Assert.Equal(string.Format(null, noticeKey, id), DirectorNoticeAcknowledgements.NoticeKeyOf(string.Format(null, outboxKey, id)));
    }

    // The officer's case page: the notices about the case, acknowledged or not; another case's notice is not among them.
    [Fact]
    public async Task AboutReportAsync_ShowsWhetherAndWhenEachNoticeWasAcknowledged()
    {
        await using var db = Database.CreateContext();
        var (report, key) = await FileAsync(db);
        var (other, _) = await FileAsync(db);
        Assert.Null(Assert.Single(await Acknowledgements(db).AboutReportAsync(report.Id)).AcknowledgedAt);

        var acknowledged = await Acknowledgements(db).AcknowledgeAsync(key, TestWorld.Director);

        var receipt = Assert.Single(await Acknowledgements(db).AboutReportAsync(report.Id));
        Assert.Equal((key, nameof(DirectorNoticeType.ReportFiled), (DateTimeOffset?)acknowledged.AcknowledgedAt), (receipt.NoticeKey, receipt.NoticeType, receipt.AcknowledgedAt));
        Assert.Null(Assert.Single(await Acknowledgements(db).AboutReportAsync(other.Id)).AcknowledgedAt);
    }
}
