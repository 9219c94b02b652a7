using System.Net;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.Workspace.SignIn;

/// <summary>
/// Decision 139 with decision 138: signing in through the tab gives no role; the registers do, on every request. An
/// employee gets 403 at an officer page; an officer whose term ends (Reg. 15, 17) or who leaves loses it on the next
/// request; the director is never an officer (Reg. 8), not even with an appointment in the register.
/// </summary>
public sealed class TabSessionRoleTests(SignInHost host) : IClassFixture<SignInHost>
{
    [Fact]
    public async Task OfficerPage_ForAnEmployeeSignedInByTheTab_IsForbidden()
    {
        var employee = await host.AddPersonAsync("Plain Employee", officer: false);
        using var browser = await SignedInAsync(employee);

        var page = await browser.Client.GetAsync(SignInHost.OfficerProbePath);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain("officer probe", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfficerPage_ForAnOfficer_IsClosedOnTheNextRequestAfterTheTermEnds()
    {
        var officer = await host.AddPersonAsync("Term Officer", officer: true);
        using var browser = await SignedInAsync(officer);

        var during = await browser.Client.GetAsync(SignInHost.OfficerProbePath);
        await host.WithDbAsync(async db =>
        {
            var clock = host.Services.GetRequiredService<RegisterClock>();
            foreach (var appointment in db.OfficerAppointments.Where(a => a.OfficerAadObjectId == officer).ToList())
            {
                appointment.Terminate(clock.Today, "test", clock.Now, "term ended");
            }

            await db.SaveChangesAsync();
        });
        var after = await browser.Client.GetAsync(SignInHost.OfficerProbePath);

        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.Equal("officer probe", await during.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
    }

    [Fact]
    public async Task OfficerPage_ForAnOfficerWhoLeft_IsClosedOnTheNextRequest()
    {
        var officer = await host.AddPersonAsync("Leaving Officer", officer: true);
        using var browser = await SignedInAsync(officer);

        var during = await browser.Client.GetAsync(SignInHost.OfficerProbePath);
        await host.WithDbAsync(async db =>
        {
            var clock = host.Services.GetRequiredService<RegisterClock>();
            (await db.Employees.FindAsync(officer))!.MarkLeft(clock.Today, clock.Now);
            await db.SaveChangesAsync();
        });
        var after = await browser.Client.GetAsync(SignInHost.OfficerProbePath);

        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
    }

    [Fact]
    public async Task TheDirector_WithAnAppointmentInTheRegister_IsTheDirectorAndNeverAnOfficer()
    {
        await host.AddPersonAsync("Director Person", officer: true, aad: SignInHost.DirectorAad);
        using var browser = await SignedInAsync(SignInHost.DirectorAad);

        var home = await browser.Client.GetStringAsync("/workspace");
        var officerPage = await browser.Client.GetAsync(SignInHost.OfficerProbePath);

        Assert.Contains("Director Person · director", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, officerPage.StatusCode);
    }

    [Fact]
    public async Task OfficerPage_WithoutASession_InTheTabsFrame_RunsTheTabsSignInAgain()
    {
        using var browser = BrowserSession.Open(host);
        browser.Client.DefaultRequestHeaders.Add("Sec-Fetch-Dest", "iframe");

        var page = await browser.Client.GetAsync(SignInHost.OfficerProbePath);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("https://localhost/workspace/tab?returnUrl=%2Fworkspace%2Fprobe-officer", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private async Task<BrowserSession> SignedInAsync(string aad)
    {
        var browser = BrowserSession.Open(host);
        var signIn = await SignInHost.PostSessionAsync(browser, host.SsoToken(aad));
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        return browser;
    }
}
