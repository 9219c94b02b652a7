using System.Net;
using ComplianceBot.Bot.Tests.Browser;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Registers;

/// <summary>
/// Decision 141: the officer records the director's appointment decisions (Reg. 6–7, 15–17) on the administration page
/// through the CLI's use case (OfficerAppointmentDesk): the register and the audit change as with <c>officers appoint</c>
/// / <c>officers end</c>. The people picker finds by name or mail prefix and never offers a leaver or the director.
/// </summary>
public sealed class AppointmentsPageTests(RegistersHost host) : IClassFixture<RegistersHost>
{
    private const string Page = "/workspace/admin/appointments";

    [Fact]
    public async Task ThePicker_FindsByNameOrMailPrefix_AndNeverListsLeaversOrTheDirector()
    {
        var tag = "Qx" + Guid.NewGuid().ToString("N")[..5];
        var officer = await host.AddPersonAsync("Picker Officer", officer: true);
        var staying = await host.AddPersonAsync($"{tag} Staying", mail: $"{tag.ToLowerInvariant()}.staying@example.kz");
        var leaver = await host.AddPersonAsync($"{tag} Leaver", left: true);
        var byMail = await host.AddPersonAsync("Someone Else", mail: $"{tag.ToLowerInvariant()}.mail@example.kz");
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);

        var byName = await browser.Client.GetStringAsync($"{Page}?find={tag.ToLowerInvariant()}");
        var leaverChosen = await browser.Client.GetStringAsync($"{Page}?find={tag}&person={leaver}");
        var stayingChosen = await browser.Client.GetStringAsync($"{Page}?find={tag}&person={staying}");

        Assert.Contains($"data-person=\"{staying}\"", byName, StringComparison.Ordinal);
        Assert.Contains($"data-person=\"{byMail}\"", byName, StringComparison.Ordinal);
        Assert.DoesNotContain(leaver, byName, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Appoint.Officer\"", leaverChosen, StringComparison.Ordinal);
        Assert.Contains($"name=\"Appoint.Officer\" value=\"{staying}\"", stayingChosen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppointingAndEnding_ThroughThePage_ChangeTheRegisterAndTheAuditLikeTheCli()
    {
        var officer = await host.AddPersonAsync("Recording Officer", officer: true);
        var newcomer = await host.AddPersonAsync("Gulnara Newcomer");
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);
        var form = await browser.Client.GetStringAsync($"{Page}?find=Gulnara&person={newcomer}");

        var appointed = await browser.Client.PostAsync($"{Page}?find=Gulnara&person={newcomer}", BrowserSession.Form(
            ("_handler", "appoint"), ("__af", BrowserSession.AntiforgeryOf(form)), ("Appoint.Officer", newcomer), ("Appoint.DecisionNumber", "No. 41-p"),
            ("Appoint.DecisionDate", "2026-12-01"), ("Appoint.From", "2026-12-01"), ("Appoint.To", "2029-11-30")));
        var list = await browser.Client.GetStringAsync(Page);
        var ended = await browser.Client.PostAsync(Page, BrowserSession.Form(
            ("_handler", "end"), ("__af", BrowserSession.AntiforgeryOf(list)), ("End.Officer", newcomer), ("End.From", "2026-12-02"), ("End.Reason", "Moved to another post")));

        Assert.Equal(HttpStatusCode.Redirect, appointed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("No. 41-p", list, StringComparison.Ordinal);
        var appointment = await host.WithDbAsync(db => db.OfficerAppointments.SingleAsync(a => a.OfficerAadObjectId == newcomer));
        Assert.Equal("No. 41-p", appointment.DecisionNumber);
        Assert.Equal(new DateOnly(2026, 12, 1), appointment.DecisionDate);
        Assert.Equal(new DateOnly(2029, 11, 30), appointment.TermEnd);
        Assert.Equal(officer, appointment.RecordedBy);
        Assert.Equal(new DateOnly(2026, 12, 2), appointment.TerminatedOn);
        var id = appointment.Id.ToString();
        var audit = await host.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == id).Select(e => e.Action).ToListAsync());
        Assert.Contains("OfficerAppointed", audit);
        Assert.Contains("OfficerAppointmentTerminated", audit);
    }

    [Fact]
    public async Task AnIncompleteAppointment_KeepsWhatWasTyped_AndRecordsNothing()
    {
        var officer = await host.AddPersonAsync("Hasty Officer", officer: true);
        var person = await host.AddPersonAsync("Erlan Candidate");
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);
        var form = await browser.Client.GetStringAsync($"{Page}?person={person}");

        var response = await browser.Client.PostAsync($"{Page}?person={person}", BrowserSession.Form(
            ("_handler", "appoint"), ("__af", BrowserSession.AntiforgeryOf(form)), ("Appoint.Officer", person), ("Appoint.DecisionNumber", "No. 7"),
            ("Appoint.DecisionDate", "not a date"), ("Appoint.From", "2026-12-01"), ("Appoint.To", "2027-12-01")));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Fill in every field", html, StringComparison.Ordinal);
        Assert.Contains("value=\"No. 7\"", html, StringComparison.Ordinal);
        Assert.False(await host.WithDbAsync(db => db.OfficerAppointments.AnyAsync(a => a.OfficerAadObjectId == person)));
    }
}
