using System.Net;
using ComplianceBot.Bot.Tests.Features.Reports;
using ComplianceBot.Domain.People;
using Microsoft.Extensions.Time.Testing;
using static ComplianceBot.Bot.Tests.Features.Workspace.Cases.CasesWorkspace;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Security;

/// <summary>
/// Decision 148: a hand-edited address is not an error. The director's "older notices" keyset came in as a typed query
/// parameter, which Blazor refuses to bind from anything but a number: a 500 (in Development with the stack trace).
/// The other pages' keysets are strings parsed by the page and already answered their first page.
/// </summary>
public sealed class DirectorPageQueryTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("99999999999999999999999")]
    public async Task TheDirectorsPage_WithAMalformedKeyset_AnswersTheFirstPage(string before)
    {
        using var app = Host(new FakeTimeProvider(Start));
        await app.WithDbAsync(async db =>
        {
            db.Employees.Add(Employee.Create(ReportsAppFactory.Director, "development", "Daulet Director", "en", Start));
            await db.SaveChangesAsync();
        });
        using var director = await SignInAsync(app, ReportsAppFactory.Director);

        var response = await director.Client.GetAsync($"/workspace/director?before={before}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-table=\"periodic-report\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }
}
