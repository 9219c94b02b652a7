using System.Net;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Tests.Features.Reports;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static ComplianceBot.Bot.Tests.Features.Workspace.Cases.CasesWorkspace;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Cases;

/// <summary>
/// Decision 147: the case page chooses people with the workspace's picker instead of a typed name or Entra id — the
/// investigator (Reg. 24), the employee asked for an explanation (Reg. 22.4). The picker lists people still employed;
/// the recusal rules stay the server's refusal; the reporter is never left out (that would name an anonymous reporter,
/// Reg. 23.2); the director is not listed on a case that implicates the director (Reg. 29).
/// </summary>
public sealed class CasePickerTests
{
    // Reg. 24.1, 24.2, 24.6 stay the server's: the picker lists, CaseRecusal vets the chosen id.
    [Fact]
    public async Task TheInvestigatorPicker_ListsPeopleStillEmployed_AndTheChosenIdIsAssigned()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        await AddPeopleAsync(app);
        var filed = await FileAsync(app);
        using var officer = await SignInAsync(app, ReportsAppFactory.Officer);
        await FollowAsync(officer, await PostAsync(officer, filed.Number, "acknowledge"));
        await FollowAsync(officer, await PostAsync(officer, filed.Number, "investigate", ("InvestigationUnit", "Procurement")));

        var byName = await PostAsync(officer, filed.Number, "assign", ("Find", ReportVerbs.Assign), ("InvestigatorFind", "er"));
        var byMail = await (await PostAsync(officer, filed.Number, "assign", ("Find", ReportVerbs.Assign), ("InvestigatorFind", "e.auditor@"))).Content.ReadAsStringAsync();
        var listed = await byName.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, byName.StatusCode);
        Assert.DoesNotContain("role=\"alert\"", listed, StringComparison.Ordinal);
        Assert.Contains(Radio("Investigator", "aad-auditor"), listed, StringComparison.Ordinal);
        Assert.DoesNotContain("aad-leaver", listed, StringComparison.Ordinal);
        Assert.Contains(Radio("Investigator", "aad-auditor"), byMail, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.InvestigatorFind\" value=\"er\"", listed, StringComparison.Ordinal);
        Assert.Empty(await AssignmentsAsync(app));

        var assigned = await FollowAsync(officer, await PostAsync(officer, filed.Number, "assign", ("Investigator", "aad-auditor")));

        Assert.Contains("Erlan Auditor — Vetting: Cleared", Text(assigned), StringComparison.Ordinal);
        Assert.Equal(["aad-auditor"], await AssignmentsAsync(app));
    }

    // Reg. 22.4: searching posts the form without acting, and keeps the question and the date typed before.
    [Fact]
    public async Task SearchingForTheEmployee_KeepsWhatWasTyped_AndAsksNobody()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        await AddPeopleAsync(app);
        var filed = await FileAsync(app);
        using var officer = await SignInAsync(app, ReportsAppFactory.Officer);
        await FollowAsync(officer, await PostAsync(officer, filed.Number, "acknowledge"));

        var searched = await PostAsync(officer, filed.Number, "explain",
            ("Find", ReportVerbs.Explain), ("ExplainFind", "Dana"), ("Question", "Who chose the supplier?"), ("DueOn", "2026-03-12"));
        var html = await searched.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, searched.StatusCode);
        Assert.DoesNotContain("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains(Radio("ExplainPerson", "aad-witness"), html, StringComparison.Ordinal);
        Assert.Contains(">Who chose the supplier?</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.DueOn\" value=\"2026-03-12\"", html, StringComparison.Ordinal);
        Assert.Empty(await app.WithDbAsync(db => db.Set<ExplanationRequest>().ToListAsync()));

        await FollowAsync(officer, await PostAsync(officer, filed.Number, "explain",
            ("ExplainPerson", "aad-witness"), ("Question", "Who chose the supplier?"), ("DueOn", "2026-03-12")));
        Assert.Equal("aad-witness", (await app.WithDbAsync(db => db.Set<ExplanationRequest>().SingleAsync())).EmployeeAadObjectId);
    }

    // Reg. 23.2: leaving the reporter out would tell the officer who filed an anonymous report. Reg. 29: a case that
    // implicates the director does not list the director.
    [Fact]
    public async Task TheReporterIsListed_TheDirectorOnlyUntilTheCaseImplicatesThem()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        await AddPeopleAsync(app);
        var filed = await FileAsync(app);
        using var officer = await SignInAsync(app, ReportsAppFactory.Officer);
        await FollowAsync(officer, await PostAsync(officer, filed.Number, "acknowledge"));

        var (reporterName, directorName) = await app.WithDbAsync(async db => (
            await NameAsync(db, ReportFlowDriver.Reporter.AadObjectId), await NameAsync(db, ReportsAppFactory.Director)));

        var reporter = await Search(officer, filed.Number, reporterName);
        var director = await Search(officer, filed.Number, directorName);
        await FollowAsync(officer, await PostAsync(officer, filed.Number, "implicate", ("ImplicateReason", "The director chose the supplier.")));
        var implicated = await Search(officer, filed.Number, directorName);

        Assert.Contains(Radio("ExplainPerson", ReportFlowDriver.Reporter.AadObjectId), reporter, StringComparison.Ordinal);
        Assert.Contains(Radio("ExplainPerson", ReportsAppFactory.Director), director, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportsAppFactory.Director, implicated, StringComparison.Ordinal);
        Assert.Contains("Nobody still employed matches.", Text(implicated), StringComparison.Ordinal);
    }

    private static Task<string> NameAsync(Domain.Persistence.RegistersDbContext db, string id) =>
        db.Employees.Where(e => e.AadObjectId == id).Select(e => e.DisplayName).SingleAsync();

    private static async Task<string> Search(Browser.BrowserSession officer, string number, string find) =>
        await (await PostAsync(officer, number, "explain", ("Find", ReportVerbs.Explain), ("ExplainFind", find))).Content.ReadAsStringAsync();

    private static string Radio(string field, string id) => $"type=\"radio\" id=\"{(field == "Investigator" ? "f-investigator" : "f-explain-person")}-0\" name=\"Form.{field}\" value=\"{id}\"";

    private static Task<List<string>> AssignmentsAsync(ReportsAppFactory app) =>
        app.WithDbAsync(db => db.Investigations.SelectMany(i => i.Assignments).Select(a => a.InvestigatorAadObjectId).ToListAsync());

    /// <summary>An investigator with a mail, a witness, a leaver, the reporter and the director as the directory has them.</summary>
    private static Task AddPeopleAsync(ReportsAppFactory app) => app.WithDbAsync(async db =>
    {
        var auditor = Employee.Create("aad-auditor", "tenant-1", "Erlan Auditor", "en", Start);
        auditor.UpdateMail("e.auditor@example.kz", Start);
        var leaver = Employee.Create("aad-leaver", "tenant-1", "Ernar Leaver", "en", Start);
        leaver.MarkLeft(new DateOnly(2026, 2, 1), Start);
        db.Employees.AddRange(auditor, leaver, Employee.Create("aad-witness", "tenant-1", "Dana Witness", "en", Start));
        foreach (var (id, name) in new[] { (ReportFlowDriver.Reporter.AadObjectId, "Zhanna Reporterova"), (ReportsAppFactory.Director, "Dinara Director") })
        {
            if (!await db.Employees.AnyAsync(e => e.AadObjectId == id))
            {
                db.Employees.Add(Employee.Create(id, "tenant-1", name, "en", Start));
            }
        }

        await db.SaveChangesAsync();
    });
}
