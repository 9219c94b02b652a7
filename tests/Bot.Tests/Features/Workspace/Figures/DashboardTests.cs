using System.Net;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Figures;

/// <summary>
/// The dashboards (Reg. 14.2, decision 142): officers and the director only; the numbers beside each chart are the
/// registers' counts; the director's figures leave out the case that implicates them (Reg. 29) and name nobody.
/// </summary>
public sealed class DashboardTests(FiguresWorld world) : IClassFixture<FiguresWorld>
{
    [Theory]
    [InlineData("/workspace/dashboard")]
    [InlineData("/workspace/director")]
    public async Task AnEmployee_IsForbidden(string page)
    {
        using var browser = BrowserSession.Open(world);
        await browser.SignInLocallyAsync(FiguresWorld.Aliya);

        var response = await browser.Client.GetAsync(page);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("data-chart", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOfficer_IsForbiddenTheDirectorsPage_AndAnonymousIsSentToSignIn()
    {
        using var officer = BrowserSession.Open(world);
        await officer.SignInLocallyAsync(FiguresWorld.Officer);
        using var anonymous = BrowserSession.Open(world);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Client.GetAsync("/workspace/director")).StatusCode);
        var redirect = await anonymous.Client.GetAsync("/workspace/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Contains("returnUrl=%2Fworkspace%2Fdashboard", redirect.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    // Reg. 22.3 against Reg. 14.2: every seeded report counted once, by its deadlines met in time, late or not yet.
    [Fact]
    public async Task TheOfficersDashboard_CountsEveryCase_IncludingTheOneThatImplicatesTheDirector()
    {
        var html = await PageAsync(FiguresWorld.Officer);

        Assert.Equal(Deadlines(inTime: 1, late: 1, within: 1, overdue: 2, "Acknowledged", "Awaiting"), FigureTables.Counts(html, "chart-acknowledgement"));
        Assert.Equal(Deadlines(inTime: 1, late: 0, within: 3, overdue: 1, "Closed", "Open"), FigureTables.Counts(html, "chart-closing"));
        Assert.Equal(Ages(week: 1, month: 1, quarter: 1, older: 1), FigureTables.Counts(html, "chart-open-cases"));
        var months = FigureTables.Rows(html, "chart-reports-by-month");
        Assert.Equal(2, months["Jun 2026"][^1]);
        Assert.Equal(2, months["May 2026"][^1]);
        Assert.Equal(1, months["Mar 2026"][^1]);
        Assert.Equal(5, months.Values.Sum(cells => cells[^1]));
        var gifts = Assert.Single(FigureTables.Counts(html, "chart-declarations"));
        Assert.StartsWith("Gifts: ", gifts.Key, StringComparison.Ordinal);
        Assert.Equal(3, gifts.Value);
        var training = FigureTables.Rows(html, "chart-training");
        Assert.Equal([1, 1, 100], training["Procurement"]);
        Assert.Equal([1, 0, 0], training["Management"]);
    }

    // Reg. 29: the report marked as implicating the director is in none of the director's figures.
    [Fact]
    public async Task TheDirectorsDashboard_LeavesOutTheCaseThatImplicatesThem_AndNamesNobody()
    {
        var html = await PageAsync(FiguresWorld.Director);

        Assert.Equal(Deadlines(inTime: 1, late: 1, within: 1, overdue: 1, "Acknowledged", "Awaiting"), FigureTables.Counts(html, "chart-acknowledgement"));
        Assert.Equal(Deadlines(inTime: 1, late: 0, within: 2, overdue: 1, "Closed", "Open"), FigureTables.Counts(html, "chart-closing"));
        Assert.Equal(Ages(week: 1, month: 0, quarter: 1, older: 1), FigureTables.Counts(html, "chart-open-cases"));
        var months = FigureTables.Rows(html, "chart-reports-by-month");
        Assert.Equal(1, months["Jun 2026"][^1]);
        Assert.Equal(4, months.Values.Sum(cells => cells[^1]));
        AssertNoIdentityNorTheImplicatingCase(html);
    }

    // Reg. 29, 23.2: the director's page — the periodic report, the reports and the notices — leaves out the report that
    // implicates them (its notice was queued before the mark) and shows no reporter's, concerned person's or declarant's name.
    [Fact]
    public async Task TheDirectorsPage_ShowsTheirNoticesAndReports_WithoutTheImplicatingCaseOrAnyName()
    {
        using var browser = BrowserSession.Open(world);
        await browser.SignInLocallyAsync(FiguresWorld.Director);

        var html = await browser.Client.GetStringAsync("/workspace/director");

        var notices = System.Text.RegularExpressions.Regex.Match(html, "data-table=\"notices\".*?</table>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        var reports = System.Text.RegularExpressions.Regex.Match(html, "data-table=\"reports\".*?</table>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Contains(DirectorReference.For(world.Visible.Id), notices, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(notices, "<tr>\\s*<td>"));
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(reports, "<tr>\\s*<th scope=\"row\">"));
        Assert.Contains("data-table=\"periodic-report\"", html, StringComparison.Ordinal);
        AssertNoIdentityNorTheImplicatingCase(html);
    }

    private void AssertNoIdentityNorTheImplicatingCase(string html)
    {
        Assert.DoesNotContain(DirectorReference.For(world.Implicating.Id), html, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Implicating.CaseCode, html, StringComparison.Ordinal);
        foreach (var name in new[] { FiguresWorld.ReporterName, FiguresWorld.PersonConcerned, "Aliya Declarant", "Berik Declarant" })
        {
            Assert.DoesNotContain(name, html, StringComparison.Ordinal);
        }
    }

    private async Task<string> PageAsync(string person)
    {
        using var browser = BrowserSession.Open(world);
        await browser.SignInLocallyAsync(person);
        var response = await browser.Client.GetAsync("/workspace/dashboard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"img\" aria-labelledby=\"chart-acknowledgement-title\"", html, StringComparison.Ordinal);
        return html;
    }

    private static Dictionary<string, int> Deadlines(int inTime, int late, int within, int overdue, string done, string open) => new()
    {
        [$"{done} in time"] = inTime,
        [$"{done} late"] = late,
        [$"{open}, within the deadline"] = within,
        [$"{open}, overdue"] = overdue,
    };

    private static Dictionary<string, int> Ages(int week, int month, int quarter, int older) => new()
    {
        ["Up to 7 days"] = week,
        ["8 to 30 days"] = month,
        ["31 to 90 days"] = quarter,
        ["Over 90 days"] = older,
    };
}
