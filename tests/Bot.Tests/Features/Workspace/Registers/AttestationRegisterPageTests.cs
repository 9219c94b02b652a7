using System.Text.RegularExpressions;
using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Bot.Features.Workspace.Registers;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Registers;

/// <summary>
/// Decision 145: the attestation register (Reg. 14.12) shows one campaign's participants with their state — answered,
/// declared, not yet, or left and no longer asked — filtered by state and name, keyed pages over (Department, Id) that
/// list every participant once (no department included), and each read audited with the filter's shape.
/// </summary>
public sealed partial class AttestationRegisterPageTests(RegistersHost host) : IClassFixture<RegistersHost>
{
    [Fact]
    public async Task States_AreShown_FilteredByStateAndName_AndTheReadIsAudited()
    {
        var department = "Attest " + Guid.NewGuid().ToString("N")[..6];
        var officer = await host.AddPersonAsync("Attestation Officer", officer: true);
        var answered = await host.AddPersonAsync("Aigerim Answered", department: department);
        var declared = await host.AddPersonAsync("Daniyar Declared", department: department);
        var waiting = await host.AddPersonAsync("Olzhas Outstanding", department: department);
        var leaver = await host.AddPersonAsync("Lyazzat Leaver", department: department);
        var campaign = await host.StartCampaignAsync(officer, 2040, department);
        await host.AnswerNoConflictAsync(answered, campaign);
        await host.RecordDeclaredAsync(declared, campaign, "C-2040-0001");
        await host.MarkLeftAsync(leaver);
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);
        var view = $"/workspace/registers/attestation?campaign={campaign:N}";

        var all = States(await browser.Client.GetStringAsync(view));
        var leavers = States(await browser.Client.GetStringAsync(view + "&state=Leaver"));
        var outstanding = States(await browser.Client.GetStringAsync(view + "&state=Outstanding"));
        var byName = States(await browser.Client.GetStringAsync(view + "&q=daniyar"));

        Assert.Equal("No conflict", all["Aigerim Answered"]);
        Assert.Equal("Declared a conflict", all["Daniyar Declared"]);
        Assert.Equal("Not answered yet", all["Olzhas Outstanding"]);
        Assert.Equal("Left the organisation (no longer asked)", all["Lyazzat Leaver"]);
        Assert.Equal(["Lyazzat Leaver"], leavers.Keys);
        Assert.Equal(["Olzhas Outstanding"], outstanding.Keys);
        Assert.Equal(["Daniyar Declared"], byName.Keys);
        var reads = await host.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditedReads.RegistersRead && a.EntityId == "Attestation" && a.Actor == officer).ToListAsync());
        Assert.Equal(4, reads.Count);
        Assert.Contains(reads, r => r.Details!.Contains("state Leaver", StringComparison.Ordinal) && r.Details.Contains("rows 1", StringComparison.Ordinal));
        Assert.Contains(reads, r => r.Details!.Contains("search set", StringComparison.Ordinal));
        Assert.DoesNotContain(reads, r => r.Details!.Contains("daniyar", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Pages_ListEveryParticipantOnce_BothWays_WithAndWithoutADepartment()
    {
        var officer = await host.AddPersonAsync("Paging Officer", officer: true);
        foreach (var i in Enumerable.Range(0, 12))
        {
            await host.AddPersonAsync($"Nobody's {i}");
            await host.AddPersonAsync($"Dept person {i}", department: i % 2 == 0 ? "Alpha" : "Beta");
        }

        var campaign = await host.StartCampaignAsync(officer, 2041);
        await using var scope = host.Services.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<AttestationRegisterQuery>();
        var expected = await host.WithDbAsync(db => db.AttestationParticipants.Where(p => p.CampaignId == campaign).Select(p => p.Id).ToListAsync());

        foreach (var descending in new[] { false, true })
        {
            var seen = new List<AttestationRow>();
            var view = new AttestationView(campaign, null, null, null, descending, null, null);
            while (true)
            {
                var page = await query.PageAsync(campaign, view, 7, CancellationToken.None);
                seen.AddRange(page.Rows);
                if (!page.HasNext)
                {
                    break;
                }

                view = view with { After = page.Rows[^1].Key };
            }

            var back = await query.PageAsync(campaign, view with { After = null, Before = seen[7].Key }, 7, CancellationToken.None);

            Assert.True(expected.Count > 24, "everyone in the directory is enrolled");
            Assert.Equal(expected.Order(), seen.Select(r => r.Id).Order());
            Assert.Contains(seen, r => r.Department is null);
            var departments = seen.Select(r => r.Department ?? "").ToList();
            Assert.Equal(descending ? departments.OrderDescending(StringComparer.Ordinal) : departments.Order(StringComparer.Ordinal), departments);
            Assert.Equal(seen.Take(7).Select(r => r.Id), back.Rows.Select(r => r.Id));
            Assert.False(back.HasPrevious);
        }
    }

    [Fact]
    public async Task Export_HasTypedCells_OfTheFilteredParticipants_AndIsAudited()
    {
        var department = "AttestX " + Guid.NewGuid().ToString("N")[..6];
        var officer = await host.AddPersonAsync("Export Officer", officer: true);
        var answered = await host.AddPersonAsync("Gulnar Answered", department: department);
        await host.AddPersonAsync("Serik Waiting", department: department);
        var campaign = await host.StartCampaignAsync(officer, 2042, department);
        await host.AnswerNoConflictAsync(answered, campaign);
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);
        var page = await browser.Client.GetStringAsync($"/workspace/registers/attestation?campaign={campaign:N}&state=NoConflict");

        var rows = await RegisterSheetsOnPage.ExportAsync(browser, page, "attestation");

        var row = Assert.Single(rows);
        Assert.Equal("Gulnar Answered", row[1].InnerText);
        RegisterSheetsOnPage.AssertNumber(row[0], 2042, RegisterWorkbook.NumberStyle);
        RegisterSheetsOnPage.AssertDate(row[4], RegisterWorkbook.DateStyle);
        RegisterSheetsOnPage.AssertNumber(row[6], 0, RegisterWorkbook.NumberStyle);
        var audit = await host.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "RegisterExportDownloaded" && a.EntityId == "Attestation" && a.Actor == officer).ToListAsync());
        Assert.Contains("rows 1", Assert.Single(audit).Details, StringComparison.Ordinal);
    }

    /// <summary>Each row's person (the row header) and the state (the third cell).</summary>
    private static Dictionary<string, string> States(string html) =>
        StateRow().Matches(html).ToDictionary(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value), m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value));

    [GeneratedRegex("<tr>\\s*<th scope=\"row\">([^<]+)</th>\\s*<td>[^<]*</td>\\s*<td>([^<]+)</td>")]
    private static partial Regex StateRow();
}
