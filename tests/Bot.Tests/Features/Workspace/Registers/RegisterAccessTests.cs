using System.Net;
using ComplianceBot.Bot.Tests.Browser;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Registers;

/// <summary>
/// Decisions 141 and 145: the registers (all five), their export and the appointments are the officers' (Reg. 6–7, the Officer policy,
/// the role read from the registers on each request). An employee and the director get 403 on every page and POST;
/// nobody signed in is sent to sign in.
/// </summary>
public sealed class RegisterAccessTests(RegistersHost host) : IClassFixture<RegistersHost>
{
    public static TheoryData<string> Pages =>
    [
        "/workspace/registers/gifts", "/workspace/registers/conflicts", "/workspace/registers/attestation", "/workspace/registers/trainings",
        "/workspace/registers/participation", "/workspace/admin/appointments",
    ];

    public static TheoryData<string> Posts =>
    [
        "/workspace/registers/gifts/export", "/workspace/registers/conflicts/export", "/workspace/registers/attestation/export",
        "/workspace/registers/trainings/export", "/workspace/registers/participation/export", "/workspace/admin/appointments",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Anonymous_IsSentToSignIn(string path)
    {
        using var browser = BrowserSession.Open(host);

        var response = await browser.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/signin/local?returnUrl=" + Uri.EscapeDataString(path), response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AnEmployeeAndTheDirector_Get403_OnEveryPage(string path)
    {
        foreach (var person in new[] { await host.AddPersonAsync("Aliya Employee"), await host.DirectorAsync() })
        {
            using var browser = BrowserSession.Open(host);
            await browser.SignInLocallyAsync(person);

            var response = await browser.Client.GetAsync(path);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task AnEmployeeAndTheDirector_Get403_OnExportAndAppoint(string path)
    {
        foreach (var person in new[] { await host.AddPersonAsync("Aliya Employee"), await host.DirectorAsync() })
        {
            using var browser = BrowserSession.Open(host);
            await browser.SignInLocallyAsync(person);

            var response = await browser.Client.PostAsync(path, BrowserSession.Form(("_handler", "appoint"), ("Appoint.Officer", person)));

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Empty(await host.WithDbAsync(db => Task.FromResult(db.OfficerAppointments.Where(a => a.RecordedBy == RegistersHost.Director).ToList())));
    }

    [Fact]
    public async Task AnOfficer_SeesTheRegisterAndTheNavigationLinks()
    {
        var officer = await host.AddPersonAsync("Berik Officer", officer: true);
        using var browser = BrowserSession.Open(host);
        await browser.SignInLocallyAsync(officer);

        var response = await browser.Client.GetAsync("/workspace/registers/gifts");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 tabindex=\"-1\">Gift register</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/workspace/admin/appointments\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync("/workspace/registers/unknown")).StatusCode);
    }
}
