using System.Net;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Bot.Tests.Features.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static ComplianceBot.Bot.Tests.Features.Workspace.Cases.CasesWorkspace;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Security;

/// <summary>
/// Reg. 6–7, 15: an officer is designated by the director's decision, and the workspace lets an officer record such a
/// decision (decision 141). Recording one's own appointment would let an officer whose term is ending give themselves
/// another, with nobody but themselves in the loop: the page refuses it and records nothing (decision 148).
/// Recording a colleague's appointment stays as it was (AppointmentsPageTests).
/// </summary>
public sealed class SelfAppointmentTests
{
    private const string Page = "/workspace/admin/appointments";

    [Fact]
    public async Task AnOfficer_RecordingTheirOwnAppointment_IsRefused_AndNothingIsRecorded()
    {
        using var app = Host(new FakeTimeProvider(Start));
        await AppointOfficersAsync(app);
        using var officer = await SignInAsync(app, ReportsAppFactory.Officer);
        var address = $"{Page}?person={ReportsAppFactory.Officer}";
        var form = await officer.Client.GetStringAsync(address);

        var posted = await officer.Client.PostAsync(address, BrowserSession.Form(
            ("_handler", "appoint"), ("__af", BrowserSession.AntiforgeryOf(form)), ("Appoint.Officer", ReportsAppFactory.Officer),
            ("Appoint.DecisionNumber", "No. 99"), ("Appoint.DecisionDate", "2026-03-01"), ("Appoint.From", "2026-03-01"), ("Appoint.To", "2036-03-01")));
        var page = Text(await posted.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("You cannot record your own appointment", page, StringComparison.Ordinal);
        Assert.Contains("No. 99", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.OfficerAppointments.CountAsync(a => a.OfficerAadObjectId == ReportsAppFactory.Officer)));
    }
}
