using System.Net;
using System.Text.RegularExpressions;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Bot.Tests.Features.Reports;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Cases;

/// <summary>
/// The case workspace's test bench (decision 140): the whole bot (<see cref="ReportsAppFactory"/>) on a fake clock,
/// reports filed through the channel as a reporter would, officers signed in through the local sign-in, and the case
/// page's forms posted with the fields the page rendered (its antiforgery token and form name).
/// </summary>
internal static partial class CasesWorkspace
{
    /// <summary>Monday 2 March 2026, 10:00 in Almaty.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 5, 0, 0, TimeSpan.Zero);

    public const string OtherOfficer = "aad-officer-2-b77d";

    public static ReportsAppFactory Host(FakeTimeProvider time)
    {
        // The periodic jobs stay off: with a fake clock every Advance would run each of them once per elapsed
        // minute (days of ticks), and the pages under test need none of them.
        var app = new ReportsAppFactory { Time = time, BackgroundServicesOff = true };
        return app;
    }

    /// <summary>Appoints the default officer and a second one, both employees with names (Reg. 6–7).</summary>
    public static async Task AppointOfficersAsync(ReportsAppFactory app)
    {
        await app.AppointOfficerAsync(ReportsAppFactory.Officer, "D-7/2026", ReportsAppFactory.Director, "Olzhas Officer");
        await app.AppointOfficerAsync(OtherOfficer, "D-8/2026", ReportsAppFactory.Director, "Saule Second");
    }

    /// <summary>Files a report through the channel; returns its register number and the reporter's code and passphrase.</summary>
    public static async Task<Filed> FileAsync(ReportsAppFactory app, string persons = "Head of procurement", string unit = "Procurement of office supplies")
    {
        var client = app.CreateClient();
        var user = ReportFlowDriver.Reporter;
        await ReportActivities.PostAsync(client, ReportActivities.Submit(user, ReportVerbs.Start, ReportFlowDriver.Confidential()));
        var answer = await ReportActivities.PostAsync(client, ReportActivities.Execute(user, ReportVerbs.Submit, ReportFlowDriver.Confidential(
            ("category", "Procurement"), ("description", "The tender was decided before it was announced."), ("whenWhere", "Almaty, February"),
            ("persons", persons), ("unitOrProcess", unit), ("directorInvolved", "false"), ("mode", "anonymous"))));
        var facts = ReportActivities.Facts(ReportActivities.Card(answer));
        var code = CaseCode.Normalize(facts[0].Value)!;
        var report = await app.WithDbAsync(db => db.ConfidentialReports.AsNoTracking().SingleAsync(r => r.CaseCode == code));
        return new Filed(report.Number!, report.Id, facts[0].Value, facts[1].Value);
    }

    public static async Task<BrowserSession> SignInAsync(ReportsAppFactory app, string aad)
    {
        var browser = BrowserSession.Open(app);
        await browser.SignInLocallyAsync(aad);
        return browser;
    }

    public static string CasePath(string number) => $"/workspace/cases/{number}";

    /// <summary>Posts the page's form <paramref name="handler"/> with its hidden fields and <paramref name="fields"/> (names without "Form.").</summary>
    public static async Task<HttpResponseMessage> PostAsync(BrowserSession browser, string number, string handler, params (string Name, string Value)[] fields)
    {
        var page = await browser.Client.GetStringAsync(CasePath(number));
        var hidden = HiddenFieldsOf(page, handler);
        return await browser.Client.PostAsync(CasePath(number),
            BrowserSession.Form([.. hidden, .. fields.Select(f => ("Form." + f.Name, f.Value))]));
    }

    /// <summary>The hidden inputs (form name, antiforgery token) of the page's form named <paramref name="handler"/>.</summary>
    public static List<(string Name, string Value)> HiddenFieldsOf(string html, string handler)
    {
        var form = FormElement().Matches(html).Select(m => m.Value)
            .SingleOrDefault(f => f.Contains($"value=\"{handler}\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"no form {handler} on the page");
        var fields = HiddenInput().Matches(form).Select(m => (m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value))).ToList();
        Assert.Contains(fields, f => f.Item1 == "__af");
        return fields;
    }

    /// <summary>Follows the post/redirect/get and returns the page it lands on.</summary>
    public static async Task<string> FollowAsync(BrowserSession browser, HttpResponseMessage posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        if (posted.StatusCode != HttpStatusCode.Redirect)
        {
            var page = Text(await posted.Content.ReadAsStringAsync());
            Assert.Fail($"expected a redirect, got {(int)posted.StatusCode}: {page[..Math.Min(page.Length, 3000)]}");
        }

        return await browser.Client.GetStringAsync(posted.Headers.Location);
    }

    public static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormElement();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

internal sealed record Filed(string Number, Guid Id, string CaseCode, string Passphrase);
