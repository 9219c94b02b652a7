using System.Text.RegularExpressions;
using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Registers;

/// <summary>
/// Decision 145: the participation register (Reg. 24.1 — who took part in which unit or process, and when) filtered by
/// person, process (compared as the recusal rule compares names) and the period a participation overlaps; keyed pages
/// list every record once; the export has dates as dates; each read is audited without the typed names.
/// </summary>
public sealed partial class ParticipationRegisterPageTests(RegistersHost host) : IClassFixture<RegistersHost>
{
    [Fact]
    public async Task PersonProcessAndPeriod_ReturnOnlyTheMatchingRecords_AndTheReadIsAudited()
    {
        var process = "Procurement " + Guid.NewGuid().ToString("N")[..6];
        var officer = await host.AddPersonAsync("Participation Officer", officer: true);
        var asel = await host.AddPersonAsync("Asel Participant");
        var nurlan = await host.AddPersonAsync("Nurlan Participant");
        await host.RecordParticipationAsync(asel, process, new DateOnly(2022, 1, 10), new DateOnly(2022, 12, 31), officer);
        await host.RecordParticipationAsync(nurlan, process + " tenders", new DateOnly(2024, 3, 1), null, officer);
        await host.RecordParticipationAsync(asel, "Warehouse " + process, new DateOnly(2023, 6, 1), new DateOnly(2023, 6, 30), officer);
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);
        // Typed in lower case with doubled spaces: the process key is compared as the recusal rule compares it.
        var view = $"/workspace/registers/participation?process={Uri.EscapeDataString(process.ToLowerInvariant().Replace(" ", "  ", StringComparison.Ordinal))}";

        var byProcess = Rows(await browser.Client.GetStringAsync(view));
        var in2024 = Rows(await browser.Client.GetStringAsync(view + "&from=2024-01-01&to=2024-12-31"));
        var in2022 = Rows(await browser.Client.GetStringAsync(view + "&from=2022-06-01&to=2023-01-31"));
        var asels = Rows(await browser.Client.GetStringAsync($"/workspace/registers/participation?person=asel&from=2022-01-01"));

        Assert.Equal([("Asel Participant", process), ("Nurlan Participant", process + " tenders")], byProcess.Select(r => (r[0], r[1])));
        Assert.Equal("still taking part", byProcess[1][3]);
        Assert.Equal(["Nurlan Participant"], in2024.Select(r => r[0]));
        Assert.Equal(["Asel Participant"], in2022.Select(r => r[0]));
        Assert.Contains(asels, r => r[1] == "Warehouse " + process);
        Assert.All(asels, r => Assert.Equal("Asel Participant", r[0]));
        var reads = await host.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditedReads.RegistersRead && a.EntityId == "Participation" && a.Actor == officer).ToListAsync());
        Assert.Equal(4, reads.Count);
        Assert.Contains(reads, r => r.Details!.Contains("person set, process none", StringComparison.Ordinal));
        Assert.DoesNotContain(reads, r => r.Details!.Contains(process, StringComparison.OrdinalIgnoreCase) || r.Details.Contains("asel", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Pages_ListEveryRecordOnce_InOrderOfTheFirstDay()
    {
        var process = "Paging " + Guid.NewGuid().ToString("N")[..6];
        var officer = await host.AddPersonAsync("Paging Officer", officer: true);
        var person = await host.AddPersonAsync("Paged Person");
        foreach (var i in Enumerable.Range(0, 61))
        {
            // Three records begin on each day: the Id breaks the tie.
            await host.RecordParticipationAsync(person, $"{process} {i:D2}", new DateOnly(2024, 1, 1).AddDays(i / 3), null, officer);
        }

        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);
        var view = $"/workspace/registers/participation?process={Uri.EscapeDataString(process)}";

        var first = await browser.Client.GetStringAsync(view);
        var second = await browser.Client.GetStringAsync(RegistersHost.LinkOn(first, "next")!);
        var back = await browser.Client.GetStringAsync(RegistersHost.LinkOn(second, "prev")!);
        var seen = Rows(first).Concat(Rows(second)).Select(r => r[1]).ToList();

        Assert.Equal([50, 11], new[] { Rows(first).Count, Rows(second).Count });
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 61).Select(i => i / 3), seen.Select(p => int.Parse(p[^2..], System.Globalization.CultureInfo.InvariantCulture) / 3));
        Assert.Equal(Rows(first).Select(r => r[1]), Rows(back).Select(r => r[1]));
        Assert.Null(RegistersHost.LinkOn(second, "next"));
    }

    [Fact]
    public async Task Export_HasDatesAsDates()
    {
        var process = "Export " + Guid.NewGuid().ToString("N")[..6];
        var officer = await host.AddPersonAsync("Export Officer", officer: true);
        var person = await host.AddPersonAsync("Exported Person");
        await host.RecordParticipationAsync(person, process, new DateOnly(2023, 2, 1), new DateOnly(2023, 11, 30), officer);
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);
        var page = await browser.Client.GetStringAsync($"/workspace/registers/participation?process={Uri.EscapeDataString(process)}");

        var rows = await RegisterSheetsOnPage.ExportAsync(browser, page, "participation");

        var row = Assert.Single(rows);
        Assert.Equal("Exported Person", row[0].InnerText);
        Assert.Equal(process, row[1].InnerText);
        Assert.Equal(new DateTime(2023, 2, 1), RegisterSheetsOnPage.AssertDate(row[2], RegisterWorkbook.DayStyle));
        Assert.Equal(new DateTime(2023, 11, 30), RegisterSheetsOnPage.AssertDate(row[3], RegisterWorkbook.DayStyle));
        RegisterSheetsOnPage.AssertDate(row[4], RegisterWorkbook.DateStyle);
        var audit = await host.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "RegisterExportDownloaded" && a.EntityId == "Participation" && a.Actor == officer).ToListAsync());
        Assert.Contains("rows 1", Assert.Single(audit).Details, StringComparison.Ordinal);
    }

    /// <summary>Each row's cells as text: the person (row header), the process, from, to.</summary>
    private static List<string[]> Rows(string html) =>
        [.. Row().Matches(html).Select(m => Cell().Matches(m.Value).Select(c => System.Net.WebUtility.HtmlDecode(c.Groups[1].Value).Trim()).ToArray())];

    [GeneratedRegex("<tr>\\s*<th scope=\"row\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<t[hd][^>]*>([^<]*)</t[hd]>")]
    private static partial Regex Cell();
}
