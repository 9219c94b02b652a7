using System.Net;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Bot.Tests.Features.Reports;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static ComplianceBot.Bot.Tests.Features.Workspace.Cases.CasesWorkspace;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Cases;

/// <summary>
/// Decision 140: who reaches the case inbox and the case page. An employee: 403 everywhere, actions included; nobody
/// signed in: the sign-in page; an officer: only the cases the case card would open for them (Reg. 24.1, 24.2, 24.6),
/// else 404; a post without the antiforgery token: 400.
/// </summary>
public sealed class CaseAccessTests
{
    public static TheoryData<string> Handlers =>
        ["acknowledge", "message", "explain", "investigate", "assign", "findings", "reassign", "implicate", "authorized-body", "close"];

    [Fact]
    public async Task AnEmployee_IsForbidden_TheInboxTheCasePageAndEveryAction()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        var filed = await FileAsync(app);
        await AddEmployeeAsync(app, "aad-employee-ws", "Aliya Employee");
        using var browser = await SignInAsync(app, "aad-employee-ws");

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Client.GetAsync("/workspace/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Client.GetAsync(CasePath(filed.Number))).StatusCode);
        foreach (var handler in Handlers)
        {
            var posted = await browser.Client.PostAsync(CasePath(filed.Number), BrowserSession.Form(("_handler", handler), ("Form.MessageText", "hello")));
            Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        }

        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.ConfidentialReports.Single().Messages.Count)));
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn_FromTheInboxAndTheCasePage()
    {
        using var app = Host(new FakeTimeProvider(Start));
        using var browser = BrowserSession.Open(app);

        var inbox = await browser.Client.GetAsync("/workspace/cases");
        var page = await browser.Client.GetAsync("/workspace/cases/R-2026-0001");

        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
        Assert.StartsWith("https://localhost/signin/local?returnUrl=%2Fworkspace%2Fcases", inbox.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("https://localhost/signin/local?returnUrl=%2Fworkspace%2Fcases%2FR-2026-0001", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    // Reg. 24.1: the second officer took part in the process named in the report within three years.
    [Fact]
    public async Task AnOfficerWhoTookPartInTheProcess_NeitherListsNorOpensTheCase()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        await app.WithDbAsync(async db =>
        {
            db.ParticipationRecords.Add(ParticipationRecord.Record(OtherOfficer, "Procurement of office supplies", new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), ReportsAppFactory.Officer, Start));
            await db.SaveChangesAsync();
        });
        var filed = await FileAsync(app);

        await AssertHiddenFromAsync(app, OtherOfficer, filed.Number);
        await AssertVisibleToAsync(app, ReportsAppFactory.Officer, filed.Number);
    }

    // Reg. 24.2: the report names the second officer as a person concerned.
    [Fact]
    public async Task AnOfficerTheReportNames_NeitherListsNorOpensTheCase()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        var filed = await FileAsync(app, persons: "Saule Second");

        await AssertHiddenFromAsync(app, OtherOfficer, filed.Number);
        await AssertVisibleToAsync(app, ReportsAppFactory.Officer, filed.Number);
    }

    // Reg. 24.2, 24.6 through the card's own rule: the recused officer's post reaches no action.
    [Fact]
    public async Task ARecusedOfficersPost_ChangesNothing()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        var named = await FileAsync(app, persons: "Saule Second");
        var other = await FileAsync(app, persons: "Head of procurement");
        using var recused = await SignInAsync(app, OtherOfficer);

        // A valid token of the recused officer's own session (from a case they may open), the form posted to the other.
        var hidden = HiddenFieldsOf(await recused.Client.GetStringAsync(CasePath(other.Number)), "acknowledge");
        var posted = await recused.Client.PostAsync(CasePath(named.Number), BrowserSession.Form([.. hidden]));

        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Null(await app.WithDbAsync(db => Task.FromResult(db.ConfidentialReports.Single(r => r.Id == named.Id).AssignedOfficerAadObjectId)));
        Assert.Equal(HttpStatusCode.Redirect, (await recused.Client.PostAsync(CasePath(other.Number), BrowserSession.Form([.. hidden]))).StatusCode);
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryToken_IsRefusedWith400()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        var filed = await FileAsync(app);
        using var officer = await SignInAsync(app, ReportsAppFactory.Officer);

        var posted = await officer.Client.PostAsync(CasePath(filed.Number), BrowserSession.Form(("_handler", "acknowledge")));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Null(await app.WithDbAsync(db => Task.FromResult(db.ConfidentialReports.Single().AssignedOfficerAadObjectId)));
    }

    private static async Task AssertHiddenFromAsync(ReportsAppFactory app, string officer, string number)
    {
        using var browser = await SignInAsync(app, officer);
        var inbox = await browser.Client.GetStringAsync("/workspace/cases?filter=All");
        var page = await browser.Client.GetAsync(CasePath(number));

        Assert.DoesNotContain(number, inbox, StringComparison.Ordinal);
        Assert.Contains("All (0)", Text(inbox), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain("The tender was decided", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task AssertVisibleToAsync(ReportsAppFactory app, string officer, string number)
    {
        using var browser = await SignInAsync(app, officer);
        var inbox = await browser.Client.GetStringAsync("/workspace/cases?filter=All");
        var page = await browser.Client.GetAsync(CasePath(number));

        Assert.Contains(number, inbox, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("The tender was decided", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task AddEmployeeAsync(ReportsAppFactory app, string aad, string name) => app.WithDbAsync(async db =>
    {
        db.Employees.Add(Employee.Create(aad, "tenant-1", name, "en", Start));
        await db.SaveChangesAsync();
    });
}
