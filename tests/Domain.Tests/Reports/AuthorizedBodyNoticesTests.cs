using System.Text.Json;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Reports;

/// <summary>
/// What goes to the authorized body (Reg. 23.4, 29) and what the director is told of a closed case (Reg. 23.3): the
/// rows' kinds, recipients, keys and payloads, with the address set or not yet set (decision 123).
/// </summary>
public sealed class AuthorizedBodyNoticesTests : RegisterTestBase
{
    private const string AuthorizedBody = "agency@example.kz";

    private ReportNotices Notices(RegistersDbContext db, string? authorizedBody = AuthorizedBody, string? director = TestWorld.Director)
    {
        var organization = Options.Create(new OrganizationOptions { DirectorAadObjectId = director, AuthorizedBodyEmail = authorizedBody });
        return new(db, World.Clock, organization, new DirectorDigest(db, World.Clock, Options.Create(new DirectorDigestOptions()), organization));
    }

    private async Task<(RegistersDbContext Db, ConfidentialReport Report, ActiveOfficer Officer)> AcknowledgedAsync()
    {
        var db = Database.CreateContext();
        var report = World.Intake.File(new ReportSubmission(ReportCategory.Procurement, "Tender rigged", null, [], false), null).Report;
        db.ConfidentialReports.Add(report);
        await db.SaveChangesAsync();
        var officer = await World.OfficerAsync(db);
        await World.AcknowledgeAsync(db, report, officer);
        return (db, report, officer);
    }

    // Reg. 23.4: closing as referred sends the case (register number, category, date) to the authorized body; Reg. 23.3:
    // the director's notice names the outcome.
    [Fact]
    public async Task ReportClosed_Referred_MailsTheAuthorizedBodyAndTellsTheDirectorTheOutcome()
    {
        var (db, report, officer) = await AcknowledgedAsync();
        await using (db)
        {
            report.Close(officer, ReportOutcome.ReferredToAuthorizedBody, "Sent to the agency", World.Clock.Now);
            Notices(db).ReportClosed(report);
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var mail = await read.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.AuthorizedBodyMail);
        Assert.Equal((AuthorizedBody, $"authorized-body-mail:{report.Id}:referred"), (mail.Recipient, mail.IdempotencyKey));
        using (var payload = JsonDocument.Parse(mail.Payload))
        {
            Assert.Equal((report.Number, "Procurement"), (payload.RootElement.GetProperty("number").GetString(), payload.RootElement.GetProperty("category").GetString()));
        }

        var notice = await read.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.DirectorMail);
        Assert.Equal($"director-mail:ReportClosed:{report.Id}", notice.IdempotencyKey);
        using var director = JsonDocument.Parse(notice.Payload);
        Assert.Equal(nameof(ReportOutcome.ReferredToAuthorizedBody), director.RootElement.GetProperty("outcome").GetString());
    }

    // Reg. 23.4: any other outcome sends nothing to the authorized body.
    [Fact]
    public async Task ReportClosed_Substantiated_SendsNothingToTheAuthorizedBody()
    {
        var (db, report, officer) = await AcknowledgedAsync();
        await using (db)
        {
            report.Close(officer, ReportOutcome.Substantiated, "Confirmed", World.Clock.Now);
            Notices(db).ReportClosed(report);
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        Assert.False(await read.OutboxMessages.AnyAsync(m => m.Kind == OutboxKinds.AuthorizedBodyMail));
    }

    // Reg. 23.4: a case the officer already sent is not sent again when closed as referred.
    [Fact]
    public async Task ReportClosed_ReferredAfterBeingSent_IsNotSentTwice()
    {
        var (db, report, officer) = await AcknowledgedAsync();
        await using (db)
        {
            Notices(db).SendToAuthorizedBody(report, officer, "Summary of the case");
            report.Close(officer, ReportOutcome.ReferredToAuthorizedBody, "Sent to the agency", World.Clock.Now);
            Notices(db).ReportClosed(report);
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var only = await read.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.AuthorizedBodyMail);
        Assert.Equal($"authorized-body-mail:{report.Id}:sent", only.IdempotencyKey);
    }

    // Reg. 29 after Reg. 23.4: a case the officer already sent is later found to implicate the director. The authorized
    // body has the case but not that fact, which changes who may deal with it there: the escalation still records its
    // step and writes its own mail (the escalation's key and kind), beside the earlier one.
    [Fact]
    public async Task DirectorImplicated_AfterBeingSent_EscalatesWithASecondMail()
    {
        var (db, report, officer) = await AcknowledgedAsync();
        await using (db)
        {
            Notices(db).SendToAuthorizedBody(report, officer, "Summary of the case");
            await Notices(db).DirectorImplicatedByOfficerAsync(report, officer, "The director signed the contract");
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var mails = await read.OutboxMessages.Where(m => m.Kind == OutboxKinds.AuthorizedBodyMail).OrderBy(m => m.IdempotencyKey).ToListAsync();
        Assert.Equal([$"authorized-body-mail:{report.Id}", $"authorized-body-mail:{report.Id}:sent"], mails.Select(m => m.IdempotencyKey));
        using var payload = JsonDocument.Parse(mails[0].Payload);
        Assert.Equal(DirectorNoticeKinds.EscalatedToAuthorizedBody, payload.RootElement.GetProperty("noticeType").GetString());
        var stored = await read.ConfidentialReports.SingleAsync(r => r.Id == report.Id);
        Assert.True(stored.IsEscalated && stored.IsSentToAuthorizedBody && stored.DirectorImplicated);
    }

    // Reg. 23.4: the officer's summary goes with status and the register number; before the address is set, the row
    // waits for it (decision 123); an empty summary sends nothing.
    [Fact]
    public async Task SendToAuthorizedBody_NoAddressYet_WaitsWithTheSummaryAndStatus()
    {
        var (db, report, officer) = await AcknowledgedAsync();
        await using (db)
        {
            Assert.Throws<DomainRuleException>(() => Notices(db, authorizedBody: " ").SendToAuthorizedBody(report, officer, " "));
            Assert.False(report.IsSentToAuthorizedBody);
            Notices(db, authorizedBody: " ").SendToAuthorizedBody(report, officer, "Summary of the case");
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var mail = await read.OutboxMessages.SingleAsync();
        Assert.Equal((OutboxKinds.AuthorizedBodyMail, ReportNotices.UnconfiguredAuthorizedBody), (mail.Kind, mail.Recipient));
        using var payload = JsonDocument.Parse(mail.Payload);
        var root = payload.RootElement;
        Assert.Equal((DirectorNoticeKinds.SentToAuthorizedBody, report.Number, "Acknowledged", "Summary of the case"),
            (root.GetProperty("noticeType").GetString(), root.GetProperty("number").GetString(), root.GetProperty("status").GetString(), root.GetProperty("summary").GetString()));
        Assert.False(root.TryGetProperty("outcome", out _));
    }

    // Decision 118: each "needs an officer" notice is its own row, keyed by the step it follows.
    [Fact]
    public async Task CaseNeedsOfficer_KeyedByTheStep_NoDirectorConfiguredNothing()
    {
        var (db, report, officer) = await AcknowledgedAsync();
        await using (db)
        {
            Notices(db).CaseNeedsOfficer(report);
            report.StepAside(officer, ReassignmentReason.Recusal, World.Clock.Now);
            Notices(db).CaseNeedsOfficer(report);
            Notices(db, director: " ").CaseNeedsOfficer(report);
            Assert.False(Notices(db, director: null).DirectorMayKnow(report));
            Assert.True(Notices(db).DirectorMayKnow(report));
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var keys = await read.OutboxMessages.Select(m => m.IdempotencyKey).ToListAsync();
        Assert.Equal([$"director-mail:CaseNeedsOfficer:{report.Id}:2", $"director-mail:CaseNeedsOfficer:{report.Id}:3"], keys.Order(StringComparer.Ordinal));
    }

    // Decision 123: the address is empty or has something on both sides of one '@'.
    [Theory]
    [InlineData(null, true)]
    [InlineData(" ", true)]
    [InlineData("agency@example.kz", true)]
    [InlineData("a@b", true)]
    [InlineData("@example.kz", false)]
    [InlineData("agency@", false)]
    [InlineData("agency.example.kz", false)]
    public void IsBlankOrMail_SomethingOnBothSidesOfTheAt(string? email, bool valid) =>
        Assert.Equal(valid, OrganizationOptions.IsBlankOrMail(email));

    [Fact]
    public void FilingKeyPrefixes_AreTheFilingsFourNotices() =>
        Assert.Equal(["report-new:", "director-card:", "director-mail:", "authorized-body-mail:"], ReportNotices.FilingKeyPrefixes);
}
