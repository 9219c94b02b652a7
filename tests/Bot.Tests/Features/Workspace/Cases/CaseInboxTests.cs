using System.Text.RegularExpressions;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Tests.Features.Reports;
using ComplianceBot.Domain.People;
using Microsoft.Extensions.Time.Testing;
using static ComplianceBot.Bot.Tests.Features.Workspace.Cases.CasesWorkspace;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Cases;

/// <summary>
/// Decision 140: the inbox's filters, counts, deadlines (Reg. 22.3: acknowledge within 7 days, feedback within 3
/// months; Reg. 22.4: explanation due dates) in words, the nearest deadline first, and keyset paging — on cases filed
/// and handled through the channel on a fake clock.
/// </summary>
public sealed partial class CaseInboxTests
{
    [Fact]
    public async Task TheFilters_CountAndListTheRightCases_NearestDeadlineFirst_WithDeadlinesInWords()
    {
        var time = new FakeTimeProvider(Start);
        using var app = Host(time);
        await AppointOfficersAsync(app);
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.WithDbAsync(async db =>
        {
            db.Employees.Add(Employee.Create("aad-witness", "tenant-1", "Dana Witness", "en", Start));
            await db.SaveChangesAsync();
        });

        var late = await FileAsync(app);                       // 2 March: acknowledge by 9 March
        time.Advance(TimeSpan.FromDays(3));
        var fresh = await FileAsync(app);                      // 5 March: acknowledge by 12 March
        time.Advance(TimeSpan.FromDays(1));
        var explaining = await FileAsync(app);                 // 6 March: acknowledged, an explanation due 10 March
        await driver.OfficerAsync(ReportVerbs.Acknowledge, explaining.Id);
        await driver.OfficerAsync(ReportVerbs.Explain, explaining.Id, ("explainPerson", "Dana Witness"), ("question", "Who chose the supplier?"), ("dueOn", "2026-03-10"));
        var closed = await FileAsync(app);                     // 6 March: closed
        await driver.OfficerAsync(ReportVerbs.Acknowledge, closed.Id);
        await driver.OfficerAsync(ReportVerbs.Close, closed.Id, ("outcome", "NotSubstantiated"), ("feedbackText", "Checked: no breach."));
        time.Advance(TimeSpan.FromDays(5));                    // 11 March

        using var officer = await SignInAsync(app, ReportsAppFactory.Officer);
        var open = Text(await officer.Client.GetStringAsync("/workspace/cases"));

        foreach (var count in (string[])["New (1)", "Awaiting acknowledgement (2)", "Overdue (2)", "Open (3)", "Closed (1)", "All (4)"])
        {
            Assert.Contains(count, open, StringComparison.Ordinal);
        }

        Assert.Equal([late.Number, fresh.Number, explaining.Number], Numbers(open));
        Assert.Matches($"{late.Number}.*overdue by 2 days", open);
        Assert.Matches($"{fresh.Number}.*due in 1 days", open);
        Assert.Matches($"{explaining.Number}.*due in 87 days.*overdue by 1 days", open);
        Assert.Equal([fresh.Number], Numbers(Text(await officer.Client.GetStringAsync("/workspace/cases?filter=New"))));
        Assert.Equal([late.Number, fresh.Number], Numbers(Text(await officer.Client.GetStringAsync("/workspace/cases?filter=AwaitingAcknowledgement"))));
        Assert.Equal([late.Number, explaining.Number], Numbers(Text(await officer.Client.GetStringAsync("/workspace/cases?filter=Overdue"))));
        Assert.Equal([closed.Number], Numbers(Text(await officer.Client.GetStringAsync("/workspace/cases?filter=Closed"))));
    }

    [Fact]
    public async Task Paging_ByKeyset_ShowsEveryCaseOnce()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        var filed = new List<string>();
        for (var i = 0; i < 27; i++)
        {
            filed.Add((await FileAsync(app)).Number);
        }

        using var officer = await SignInAsync(app, ReportsAppFactory.Officer);
        var first = await officer.Client.GetStringAsync("/workspace/cases?filter=All");
        var next = NextLink().Match(first);
        Assert.True(next.Success, "the first page links to the next");
        var second = await officer.Client.GetStringAsync(System.Net.WebUtility.HtmlDecode(next.Groups[1].Value));

        Assert.Equal(25, Numbers(Text(first)).Count);
        Assert.Equal(filed, [.. Numbers(Text(first)), .. Numbers(Text(second))]);
        Assert.DoesNotMatch(NextLink(), second);
    }

    /// <summary>The register numbers in the table, in the order shown.</summary>
    private static List<string> Numbers(string text) =>
        [.. CaseNumber().Matches(text[Math.Max(0, text.IndexOf("Next explanation due", StringComparison.Ordinal))..]).Select(m => m.Value)];

    [GeneratedRegex(@"R-\d{4}-\d{4}")]
    private static partial Regex CaseNumber();

    [GeneratedRegex("href=\"([^\"]+)\" rel=\"next\"")]
    private static partial Regex NextLink();
}
