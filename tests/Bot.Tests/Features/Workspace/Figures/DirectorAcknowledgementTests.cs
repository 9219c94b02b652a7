using System.Net;
using System.Text.RegularExpressions;
using ComplianceBot.Bot.Features.DirectorNotices;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Bot.Tests.Features.Reports;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using static ComplianceBot.Bot.Tests.Features.Workspace.Cases.CasesWorkspace;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Figures;

/// <summary>
/// Issue 18, decision 146: the director acknowledges a notice on their page or on its Teams card — the same use case,
/// one record; nobody else may; a notice about a report that implicates the director is neither listed nor
/// acknowledged (Reg. 29); the officer's case page says whether and when the director acknowledged.
/// </summary>
public sealed class DirectorAcknowledgementTests(FiguresWorld world) : IClassFixture<FiguresWorld>
{
    private const string Page = "/workspace/director";

    private static string MailKey(ConfidentialReport report) => $"{ReportNotices.DirectorMailKeyPrefix}{DirectorNoticeType.ReportFiled}:{report.Id}";

    private static async Task<HttpResponseMessage> AcknowledgeAsync(BrowserSession browser, string key, string? page = null)
    {
        page ??= await browser.Client.GetStringAsync(Page);
        return await browser.Client.PostAsync(Page, BrowserSession.Form([.. HiddenFieldsOf(page, "acknowledge"), ("Notice", key)]));
    }

    private Task<int> RecordsAsync(string key) => world.WithDbAsync(db => db.DirectorNoticeAcknowledgements.CountAsync(a => a.NoticeKey == key));

    // Twice is once: the button, pressed twice, leaves one record, and the page then says when.
    [Fact]
    public async Task TheDirector_AcknowledgesOnThePage_TwiceIsOneRecord_AndThePageSaysWhen()
    {
        var report = await world.FileWithNoticeAsync();
        using var director = BrowserSession.Open(world);
        await director.SignInLocallyAsync(FiguresWorld.Director);
        var page = await director.Client.GetStringAsync(Page);
        Assert.Contains($"value=\"{MailKey(report)}\"", page, StringComparison.Ordinal);

        var landed = await FollowAsync(director, await AcknowledgeAsync(director, MailKey(report), page));
        var again = await AcknowledgeAsync(director, MailKey(report), page);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, await RecordsAsync(MailKey(report)));
        var cell = Regex.Match(landed, $"data-notice=\"{Regex.Escape(MailKey(report))}\".*?</td>", RegexOptions.Singleline).Value;
        Assert.Contains("Acknowledged on 6/15/2026", Text(cell), StringComparison.Ordinal);
        Assert.DoesNotContain("<button", cell, StringComparison.Ordinal);
    }

    // Only the director: the page's policy answers 403 to an officer or an employee posting the form with their own
    // valid antiforgery token, and nothing is recorded.
    [Theory]
    [InlineData(FiguresWorld.Officer)]
    [InlineData(FiguresWorld.Aliya)]
    public async Task AnyoneButTheDirector_PostingTheForm_IsForbidden(string person)
    {
        var report = await world.FileWithNoticeAsync();
        using var other = BrowserSession.Open(world);
        await other.SignInLocallyAsync(person);
        var token = BrowserSession.AntiforgeryOf(await other.Client.GetStringAsync("/signin/local?returnUrl=%2Fexports"));

        var response = await other.Client.PostAsync(Page, BrowserSession.Form(("_handler", "acknowledge"), ("__af", token), ("Notice", MailKey(report))));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await RecordsAsync(MailKey(report)));
    }

    // Reg. 29: the notice sent before the report was marked is not listed, and its key posted by hand is refused.
    [Fact]
    public async Task TheNoticeAboutTheReportThatImplicatesTheDirector_IsNotListed_NorAcknowledged()
    {
        using var director = BrowserSession.Open(world);
        await director.SignInLocallyAsync(FiguresWorld.Director);
        var page = await director.Client.GetStringAsync(Page);
        Assert.DoesNotContain(world.Implicating.Id.ToString(), page, StringComparison.OrdinalIgnoreCase);

        var refused = await AcknowledgeAsync(director, MailKey(world.Implicating), page);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("This notice is not among your notices.", Text(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await RecordsAsync(MailKey(world.Implicating)));
    }

    // The card's "Acknowledge" carries the card's key; it records the mail's notice, the one the page shows.
    [Fact]
    public async Task TheCardAction_RecordsTheSameAcknowledgement_AndTheCardSaysWhen()
    {
        var report = await world.FileWithNoticeAsync();
        var cardKey = $"{ReportNotices.DirectorCardKeyPrefix}{DirectorNoticeType.ReportFiled}:{report.Id}";
        var user = new TeamsUser(FiguresWorld.Director, "29:director", "Daulet Director", "a:director");
        var client = world.CreateClient();

        var answer = await ReportActivities.PostAsync(client, ReportActivities.Execute(user, DirectorNoticeVerbs.Acknowledge, new() { [DirectorNoticeVerbs.NoticeKey] = cardKey }));
        await ReportActivities.PostAsync(client, ReportActivities.Execute(user, DirectorNoticeVerbs.Acknowledge, new() { [DirectorNoticeVerbs.NoticeKey] = MailKey(report) }));

        Assert.Contains(ReportActivities.Texts(ReportActivities.Card(answer)), t => t.StartsWith("Acknowledged on 6/15/2026", StringComparison.Ordinal));
        Assert.Equal(1, await RecordsAsync(MailKey(report)));
        using var director = BrowserSession.Open(world);
        await director.SignInLocallyAsync(FiguresWorld.Director);
        var cell = Regex.Match(await director.Client.GetStringAsync(Page), $"data-notice=\"{Regex.Escape(MailKey(report))}\".*?</td>", RegexOptions.Singleline).Value;
        Assert.Contains("Acknowledged on", Text(cell), StringComparison.Ordinal);
    }

    // The card from anyone but the director is refused with the reason; nothing is recorded.
    [Fact]
    public async Task TheCardAction_FromAnOfficer_IsRefused()
    {
        var report = await world.FileWithNoticeAsync();
        var officer = new TeamsUser(FiguresWorld.Officer, "29:officer", "Olzhas Officer", "a:officer");

        var answer = await ReportActivities.PostAsync(world.CreateClient(), ReportActivities.Execute(officer, DirectorNoticeVerbs.Acknowledge, new() { [DirectorNoticeVerbs.NoticeKey] = MailKey(report) }));

        Assert.Contains(ReportActivities.Texts(ReportActivities.Card(answer)), t => t.StartsWith("Only the director acknowledges the director's notices.", StringComparison.Ordinal));
        Assert.Equal(0, await RecordsAsync(MailKey(report)));
    }

    // The officer's case page: "not acknowledged yet", then the director's acknowledgement with its time.
    [Fact]
    public async Task TheOfficersCasePage_ShowsWhetherTheDirectorAcknowledged()
    {
        var report = await world.FileWithNoticeAsync();
        var number = await world.WithDbAsync(db => db.ConfidentialReports.Where(r => r.Id == report.Id).Select(r => r.Number!).SingleAsync());
        using var officer = BrowserSession.Open(world);
        await officer.SignInLocallyAsync(FiguresWorld.Officer);
        using var director = BrowserSession.Open(world);
        await director.SignInLocallyAsync(FiguresWorld.Director);

        var before = Block(await officer.Client.GetStringAsync(CasePath(number)));
        await FollowAsync(director, await AcknowledgeAsync(director, MailKey(report)));
        var after = Block(await officer.Client.GetStringAsync(CasePath(number)));

        Assert.Contains("New confidential report", before, StringComparison.Ordinal);
        Assert.Contains("not acknowledged yet", before, StringComparison.Ordinal);
        Assert.Contains("Acknowledged on 6/15/2026", after, StringComparison.Ordinal);
    }

    private static string Block(string html) => Text(Regex.Match(html, "data-block=\"director-notices\".*?</section>", RegexOptions.Singleline).Value);
}
