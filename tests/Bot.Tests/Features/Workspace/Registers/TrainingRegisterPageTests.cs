using System.Text.RegularExpressions;
using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Registers;

/// <summary>
/// Decision 145: the trainings register (Reg. 14.6, 14.7) lists each training with its start, place, audience, invited
/// seats and attendance; a topic (a title's beginning) and a period filter it; keyed pages list every training once in
/// start order; the export has typed cells; each read is audited.
/// </summary>
public sealed partial class TrainingRegisterPageTests(RegistersHost host) : IClassFixture<RegistersHost>
{
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TopicAndPeriod_ReturnOnlyTheMatchingTrainings_WithTheirCounts_AndTheReadIsAudited()
    {
        var topic = "Integrity " + Guid.NewGuid().ToString("N")[..6];
        var officer = await host.AddPersonAsync("Training Officer", officer: true);
        var people = new[] { await host.AddPersonAsync("Seat One"), await host.AddPersonAsync("Seat Two"), await host.AddPersonAsync("Seat Three") };
        await host.ScheduleTrainingAsync(officer, topic + " basics", Start, people, attended: new HashSet<string> { people[0], people[2] });
        await host.ScheduleTrainingAsync(officer, topic + " advanced", Start.AddDays(30), people[..1], online: false);
        await host.ScheduleTrainingAsync(officer, "Unrelated " + topic, Start.AddDays(1), people);
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);
        var view = $"/workspace/registers/trainings?q={Uri.EscapeDataString(topic.ToLowerInvariant())}";

        var byTopic = Rows(await browser.Client.GetStringAsync(view));
        var inMay = Rows(await browser.Client.GetStringAsync(view + "&from=2026-05-01&to=2026-05-31"));

        Assert.Equal([topic + " basics", topic + " advanced"], byTopic.Select(r => r[0]));
        Assert.Equal(["1", "3", "2"], byTopic[0][^3..]);
        Assert.Equal(["1", "1", "0 (attendance not fully recorded)"], byTopic[1][^3..]);
        Assert.Equal("Room 1", byTopic[1][2]);
        Assert.Equal("Chosen people", byTopic[1][3]);
        Assert.Equal([topic + " basics"], inMay.Select(r => r[0]));
        var reads = await host.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditedReads.RegistersRead && a.EntityId == "Trainings" && a.Actor == officer).ToListAsync());
        Assert.Equal(2, reads.Count);
        Assert.Contains(reads, r => r.Details!.Contains("from 2026-05-01, to 2026-05-31", StringComparison.Ordinal) && r.Details.Contains("rows 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pages_ListEveryTrainingOnce_InStartOrder_BothWays()
    {
        var topic = "Paging " + Guid.NewGuid().ToString("N")[..6];
        var officer = await host.AddPersonAsync("Paging Officer", officer: true);
        var invited = new[] { await host.AddPersonAsync("Invited Person") };
        foreach (var i in Enumerable.Range(0, 55))
        {
            // Two trainings at each instant: the Id breaks the tie.
            await host.ScheduleTrainingAsync(officer, $"{topic} {i:D2}", Start.AddDays(i / 2), invited);
        }

        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);
        var view = $"/workspace/registers/trainings?q={Uri.EscapeDataString(topic)}";

        var first = await browser.Client.GetStringAsync(view);
        var second = await browser.Client.GetStringAsync(RegistersHost.LinkOn(first, "next")!);
        var back = await browser.Client.GetStringAsync(RegistersHost.LinkOn(second, "prev")!);
        var newest = await browser.Client.GetStringAsync(view + "&sort=desc");
        var titles = Rows(first).Concat(Rows(second)).Select(r => r[0]).ToList();

        Assert.Equal(50, Rows(first).Count);
        Assert.Equal(55, titles.Count);
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 55).Select(i => i / 2), titles.Select(t => int.Parse(t[^2..], System.Globalization.CultureInfo.InvariantCulture) / 2));
        Assert.Null(RegistersHost.LinkOn(second, "next"));
        Assert.Equal(Rows(first).Select(r => r[0]), Rows(back).Select(r => r[0]));
        Assert.Equal(Enumerable.Reverse(titles).Take(50), Rows(newest).Select(r => r[0]));
    }

    [Fact]
    public async Task Export_HasTypedCells_OfTheFilteredTrainings()
    {
        var topic = "Export " + Guid.NewGuid().ToString("N")[..6];
        var officer = await host.AddPersonAsync("Export Officer", officer: true);
        var people = new[] { await host.AddPersonAsync("Seat A"), await host.AddPersonAsync("Seat B") };
        await host.ScheduleTrainingAsync(officer, topic, Start, people, attended: new HashSet<string> { people[1] });
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);
        var page = await browser.Client.GetStringAsync($"/workspace/registers/trainings?q={Uri.EscapeDataString(topic)}");

        var rows = await RegisterSheetsOnPage.ExportAsync(browser, page, "trainings");

        var row = Assert.Single(rows);
        Assert.Equal(topic, row[0].InnerText);
        // 04:00 UTC is 09:00 in Almaty (UTC+5).
        Assert.Equal(new DateTime(2026, 5, 4, 9, 0, 0), RegisterSheetsOnPage.AssertDate(row[1], RegisterWorkbook.DateStyle));
        RegisterSheetsOnPage.AssertNumber(row[2], 60, RegisterWorkbook.NumberStyle);
        RegisterSheetsOnPage.AssertNumber(row[5], 1, RegisterWorkbook.NumberStyle);
        RegisterSheetsOnPage.AssertNumber(row[6], 2, RegisterWorkbook.NumberStyle);
        RegisterSheetsOnPage.AssertNumber(row[7], 1, RegisterWorkbook.NumberStyle);
        var audit = await host.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "RegisterExportDownloaded" && a.EntityId == "Trainings" && a.Actor == officer).ToListAsync());
        Assert.Contains("rows 1", Assert.Single(audit).Details, StringComparison.Ordinal);
    }

    /// <summary>Each row's cells as text: the title (row header), then the data cells.</summary>
    private static List<string[]> Rows(string html) =>
        [.. Row().Matches(html).Select(m => Cell().Matches(m.Value).Select(c => System.Net.WebUtility.HtmlDecode(c.Groups[1].Value).Trim()).ToArray())];

    [GeneratedRegex("<tr>\\s*<th scope=\"row\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<t[hd][^>]*>([^<]*)</t[hd]>")]
    private static partial Regex Cell();
}
