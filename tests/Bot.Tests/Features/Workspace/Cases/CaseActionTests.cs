using System.Net;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Tests.Features.Reports;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static ComplianceBot.Bot.Tests.Features.Workspace.Cases.CasesWorkspace;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Cases;

/// <summary>
/// Decision 140: each action of the case page runs the case card's own route, so it changes the registers exactly as
/// the card does; it redirects back with its confirmation (post/redirect/get), or shows the rule's refusal and keeps
/// what was typed. The officer's message reaches the reporter's "Check my report" (Reg. 22.7).
/// </summary>
public sealed class CaseActionTests
{
    // Reg. 22.3, 22.7, 14.15: the same steps on the card and on the page leave the same rows.
    [Fact]
    public async Task AcknowledgeMessageClose_OnThePage_LeaveTheRowsTheCardLeaves()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        var driver = new ReportFlowDriver(app.CreateClient());
        var byCard = await FileAsync(app);
        var byPage = await FileAsync(app);
        await driver.OfficerAsync(ReportVerbs.Acknowledge, byCard.Id);
        await driver.OfficerAsync(ReportVerbs.Message, byCard.Id, ("messageText", "Which tender was it?"));
        await driver.OfficerAsync(ReportVerbs.Close, byCard.Id, ("outcome", "NotSubstantiated"), ("feedbackText", "Checked: no breach."));

        using var officer = await SignInAsync(app, ReportsAppFactory.Officer);
        var acknowledged = await FollowAsync(officer, await PostAsync(officer, byPage.Number, "acknowledge"));
        await FollowAsync(officer, await PostAsync(officer, byPage.Number, "message", ("MessageText", "Which tender was it?")));
        await FollowAsync(officer, await PostAsync(officer, byPage.Number, "close", ("Outcome", "NotSubstantiated"), ("FeedbackText", "Checked: no breach.")));

        Assert.Contains("Done.", Text(acknowledged), StringComparison.Ordinal);
        var (card, page) = await app.WithDbAsync(async db => (
            await db.ConfidentialReports.AsNoTracking().SingleAsync(r => r.Id == byCard.Id),
            await db.ConfidentialReports.AsNoTracking().SingleAsync(r => r.Id == byPage.Id)));
        Assert.Equal(ReportStatus.Closed, page.Status);
        Assert.Equal(card.Outcome, page.Outcome);
        Assert.Equal(card.AssignedOfficerAadObjectId, page.AssignedOfficerAadObjectId);
        Assert.Equal(Steps(card), Steps(page));
        // In their sequence: the database returns the owned rows in no promised order.
        Assert.Equal(
            card.Messages.OrderBy(m => m.Sequence).Select(m => (m.Sequence, m.Author, m.OfficerAadObjectId, m.Text)),
            page.Messages.OrderBy(m => m.Sequence).Select(m => (m.Sequence, m.Author, m.OfficerAadObjectId, m.Text)));
    }

    // Reg. 22.7: the officer's message is where "Check my report" reads it.
    [Fact]
    public async Task AMessageFromThePage_IsReadInCheckMyReport()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        var filed = await FileAsync(app);
        using var officer = await SignInAsync(app, ReportsAppFactory.Officer);
        await FollowAsync(officer, await PostAsync(officer, filed.Number, "acknowledge"));

        var page = await FollowAsync(officer, await PostAsync(officer, filed.Number, "message", ("MessageText", "Please name the supplier.")));
        var reporterView = await new ReportFlowDriver(app.CreateClient()).OpenAsync(ReportFlowDriver.Reporter, filed.CaseCode, filed.Passphrase);

        Assert.Contains("Please name the supplier.", ReportActivities.Texts(reporterView));
        Assert.Contains("Please name the supplier.", Text(page), StringComparison.Ordinal);
    }

    // Reg. 22.4, 22.3, 24.1, 24.2, 24.6, 23.4, 29: explanation, investigation with a vetted investigator, hand-over,
    // sending to the authorized body and marking the director implicated, each leaving its rows.
    [Fact]
    public async Task TheOtherActions_LeaveTheirRows()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        await app.WithDbAsync(async db =>
        {
            db.Employees.Add(Employee.Create("aad-witness", "tenant-1", "Dana Witness", "en", Start));
            db.Employees.Add(Employee.Create("aad-auditor", "tenant-1", "Erlan Auditor", "en", Start));
            await db.SaveChangesAsync();
        });
        var filed = await FileAsync(app);
        using var officer = await SignInAsync(app, ReportsAppFactory.Officer);
        await FollowAsync(officer, await PostAsync(officer, filed.Number, "acknowledge"));

        await FollowAsync(officer, await PostAsync(officer, filed.Number, "explain", ("ExplainPerson", "Dana Witness"), ("Question", "Who chose the supplier?"), ("DueOn", "2026-03-12")));
        await FollowAsync(officer, await PostAsync(officer, filed.Number, "investigate", ("InvestigationUnit", "Procurement")));
        var assigned = await FollowAsync(officer, await PostAsync(officer, filed.Number, "assign", ("Investigator", "Erlan Auditor")));
        await FollowAsync(officer, await PostAsync(officer, filed.Number, "authorized-body", ("CaseSummary", "A tender decided in advance.")));
        var handedOver = await officer.Client.GetStringAsync((await PostAsync(officer, filed.Number, "reassign", ("Successor", OtherOfficer), ("HandOverReason", "Absence"))).Headers.Location);
        using var successor = await SignInAsync(app, OtherOfficer);
        await FollowAsync(successor, await PostAsync(successor, filed.Number, "implicate", ("ImplicateReason", "The director chose the supplier.")));

        Assert.Contains("Erlan Auditor — Vetting: Cleared", Text(assigned), StringComparison.Ordinal);
        // The hand-over takes the case out of the officer's hands: back to the inbox, with the confirmation.
        Assert.Contains("Saule Second", Text(handedOver), StringComparison.Ordinal);
        Assert.Contains("<h1 tabindex=\"-1\">Cases</h1>", handedOver, StringComparison.Ordinal);
        await app.WithDbAsync(async db =>
        {
            var report = await db.ConfidentialReports.AsNoTracking().SingleAsync(r => r.Id == filed.Id);
            var explanation = await db.Set<ExplanationRequest>().SingleAsync(e => e.ReportId == filed.Id);
            var investigation = await db.Investigations.Include(i => i.Assignments).SingleAsync(i => i.ReportId == filed.Id);
            Assert.Equal(("aad-witness", new DateOnly(2026, 3, 12)), (explanation.EmployeeAadObjectId, explanation.DueOn));
            Assert.True(await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == $"explanation:{explanation.Id}"));
            Assert.Equal("aad-auditor", Assert.Single(investigation.Assignments).InvestigatorAadObjectId);
            Assert.Equal(OtherOfficer, report.AssignedOfficerAadObjectId);
            Assert.True(report.IsSentToAuthorizedBody);
            Assert.True(report.DirectorImplicated);
            Assert.True(await db.OutboxMessages.AnyAsync(m => m.Kind == OutboxKinds.AuthorizedBodyMail));
            Assert.Equal(
                [ReportEvent.Filed, ReportEvent.Acknowledged, ReportEvent.ReviewStarted, ReportEvent.InvestigationOpened, ReportEvent.SentToAuthorizedBody, ReportEvent.Reassigned, ReportEvent.DirectorImplicationMarked],
                report.Transitions.OrderBy(t => t.Sequence).Select(t => t.Event).Where(e => e != ReportEvent.EscalatedToAuthorizedBody));
        });
    }

    // Reg. 24.1: an investigator who took part in the process is refused with the rule's text; what was typed stays.
    [Fact]
    public async Task ARefusedAssignment_ShowsTheRule_AndKeepsWhatWasTyped()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        await app.WithDbAsync(async db =>
        {
            db.Employees.Add(Employee.Create("aad-auditor", "tenant-1", "Erlan Auditor", "en", Start));
            db.ParticipationRecords.Add(ParticipationRecord.Record("aad-auditor", "Procurement", new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), ReportsAppFactory.Officer, Start));
            await db.SaveChangesAsync();
        });
        var filed = await FileAsync(app);
        using var officer = await SignInAsync(app, ReportsAppFactory.Officer);
        await FollowAsync(officer, await PostAsync(officer, filed.Number, "acknowledge"));
        await FollowAsync(officer, await PostAsync(officer, filed.Number, "investigate", ("InvestigationUnit", "Procurement")));

        // The picker posts the chosen person's id (decision 147); the server's recusal refuses it.
        var refused = await PostAsync(officer, filed.Number, "assign", ("Investigator", "aad-auditor"));
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Refused:", Text(html), StringComparison.Ordinal);
        Assert.Contains("(Reg. 24.1)", Text(html), StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Investigator\" value=\"aad-auditor\" checked", html, StringComparison.Ordinal);
        Assert.Empty(await app.WithDbAsync(db => db.Investigations.SelectMany(i => i.Assignments).ToListAsync()));
    }

    // Reg. 14.15: a closed case takes no message; the page says so in the rule's words and nothing is stored.
    [Fact]
    public async Task AClosedCase_RefusesAMessage_WithTheRefusalText()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        var filed = await FileAsync(app);
        using var officer = await SignInAsync(app, ReportsAppFactory.Officer);
        await FollowAsync(officer, await PostAsync(officer, filed.Number, "acknowledge"));
        var open = await officer.Client.GetStringAsync(CasePath(filed.Number));
        await FollowAsync(officer, await PostAsync(officer, filed.Number, "close", ("Outcome", "NotSubstantiated"), ("FeedbackText", "Checked.")));

        // The form of the page as it was before closing, posted after.
        var refused = await officer.Client.PostAsync(CasePath(filed.Number),
            Browser.BrowserSession.Form([.. HiddenFieldsOf(open, "message"), ("Form.MessageText", "One more thing")]));
        var text = Text(await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Refused: This report is closed. (Reg. 14.15)", text, StringComparison.Ordinal);
        Assert.DoesNotContain(await app.WithDbAsync(db => db.Set<ReportMessage>().Select(m => m.Text).ToListAsync()), m => m == "One more thing");
    }

    private static List<(ReportEvent, ReportStatus, ReportStatus, string?)> Steps(ConfidentialReport report) =>
        [.. report.Transitions.OrderBy(t => t.Sequence).Select(t => (t.Event, t.FromStatus, t.ToStatus, t.Actor))];
}
