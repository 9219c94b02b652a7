using System.Net;
using System.Text.RegularExpressions;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Bot.Tests.Features.Reports;
using ComplianceBot.Bot.Tests.Features.Workspace.Figures;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Time.Testing;
using static ComplianceBot.Bot.Tests.Features.Workspace.Cases.CasesWorkspace;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Security;

/// <summary>
/// Reg. 23.2 with decision 119: an anonymous report stays out of sight until the random release moment of its notices,
/// so nobody can match the moment it appeared against a Teams or sign-in log. The case inbox and the case page already
/// held it back (decision 140); the figures and the director's page counted and listed it at the filing instant —
/// a dashboard refreshed before and after gave the filing time to the minute (decision 148).
/// </summary>
public sealed class HeldAnonymousReportTests
{
    [Fact]
    public async Task TheDashboards_LeaveOutAHeldAnonymousReport_UntilItsRelease()
    {
        var time = new FakeTimeProvider(Start);
        using var app = await HostAsync(time);
        var before = await CountsAsync(app);

        await FileAsync(app);
        var held = await CountsAsync(app);
        time.Advance(TimeSpan.FromHours(3));
        var released = await CountsAsync(app);

        Assert.Equal(before, held);
        Assert.Equal((before.Officer + 1, before.Director + 1), released);
    }

    [Fact]
    public async Task TheDirectorsPage_ShowsNeitherAHeldReportNorItsNotice_UntilItsRelease()
    {
        var time = new FakeTimeProvider(Start);
        using var app = await HostAsync(time);
        var filed = await FileAsync(app);
        var held = await DirectorsPageAsync(app);
        time.Advance(TimeSpan.FromHours(3));
        var released = await DirectorsPageAsync(app);

        var reference = DirectorReference.For(filed.Id);
        Assert.DoesNotContain(reference, held, StringComparison.Ordinal);
        Assert.Contains(reference, Table(released, "reports"), StringComparison.Ordinal);
        Assert.Contains(reference, Table(released, "notices"), StringComparison.Ordinal);
    }

    /// <summary>The officer and the director appointed and in the directory; anonymous notices held up to 2 working hours.</summary>
    private static async Task<ReportsAppFactory> HostAsync(FakeTimeProvider time)
    {
        var app = Host(time);
        app.Settings["Reports:AnonymousRelease:Window"] = "02:00:00";
        await AppointOfficersAsync(app);
        await app.WithDbAsync(async db =>
        {
            db.Employees.Add(Employee.Create(ReportsAppFactory.Director, "development", "Daulet Director", "en", Start));
            await db.SaveChangesAsync();
        });
        return app;
    }

    /// <summary>The open cases each dashboard counts (every age bucket), each read in a session of its own.</summary>
    private static async Task<(int Officer, int Director)> CountsAsync(ReportsAppFactory app)
    {
        async Task<int> OpenAsync(string person)
        {
            using var browser = await SignInAsync(app, person);
            var response = await browser.Client.GetAsync("/workspace/dashboard");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return FigureTables.Counts(await response.Content.ReadAsStringAsync(), "chart-open-cases").Values.Sum();
        }

        return (await OpenAsync(ReportsAppFactory.Officer), await OpenAsync(ReportsAppFactory.Director));
    }

    private static async Task<string> DirectorsPageAsync(ReportsAppFactory app)
    {
        using var director = await SignInAsync(app, ReportsAppFactory.Director);
        var response = await director.Client.GetAsync("/workspace/director");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Table(string html, string name)
    {
        var table = Regex.Match(html, $"data-table=\"{name}\".*?</table>", RegexOptions.Singleline);
        Assert.True(table.Success, $"no table {name} on the page");
        return table.Value;
    }
}
