using System.Net;
using System.Net.Http.Headers;
using ComplianceBot.Bot.Tests.ChannelTestSupport;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Browser;

/// <summary>
/// Decision 122 (and issue 18's rule): the browser session and the channel are separate doors. A signed-in browser's
/// cookie is no credential at /api/messages, and a Bot Framework channel token is no session at the browser pages.
/// The host runs with channel authentication on (<see cref="ChannelAppFactory"/>) and Development's local sign-in.
/// </summary>
public sealed class BrowserChannelBoundaryTests(ChannelAppFactory factory) : IClassFixture<ChannelAppFactory>
{
    [Fact]
    public async Task Messages_WithABrowserSessionCookieOnly_IsUnauthorizedAndNotHandled()
    {
        var person = await AddPersonAsync(appoint: false);
        using var browser = BrowserSession.Open(factory);
        await browser.SignInLocallyAsync(person);
        var handled = factory.Handler.Received.Count;

        var withCookie = await browser.Client.SendAsync(ActivityJson.Request(ActivityJson.Message(), token: null));
        var withChannelToken = await browser.Client.SendAsync(ActivityJson.Request(ActivityJson.Message(), factory.Issuer.CreateToken()));

        Assert.Equal(HttpStatusCode.Unauthorized, withCookie.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withChannelToken.StatusCode);
        Assert.Equal(handled + 1, factory.Handler.Received.Count);
    }

    [Fact]
    public async Task Exports_WithAValidChannelToken_IsNotSignedInAndTheLinkIsNotConsumed()
    {
        var officer = await AddPersonAsync(appoint: true);
        var token = await CreateLinkAsync(officer);
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.Issuer.CreateToken());

        var page = await client.GetStringAsync("/exports");
        var post = await client.PostAsync("/exports", BrowserSession.Form(("token", token)));

        Assert.Contains("signedIn = false", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, post.StatusCode);
        Assert.Equal("/signin?returnUrl=%2Fexports", post.Headers.Location?.OriginalString);
        Assert.True(await WithDbAsync(db => db.RegisterExportLinks.AnyAsync(l => l.OfficerAadObjectId == officer)));
    }

    private async Task<string> AddPersonAsync(bool appoint)
    {
        var aad = "aad-boundary-" + Guid.NewGuid().ToString("N");
        var clock = factory.Services.GetRequiredService<RegisterClock>();
        await WithDbAsync(async db =>
        {
            db.Employees.Add(Employee.Create(aad, ActivityJson.TenantId, "Boundary Person", "en", clock.Now));
            if (appoint)
            {
                db.OfficerAppointments.Add(OfficerAppointment.Record(aad, "No. 7", clock.Today.AddDays(-1), clock.Today.AddDays(-1), clock.Today.AddYears(1), "test", clock.Now));
            }

            return await db.SaveChangesAsync();
        });
        return aad;
    }

    private async Task<string> CreateLinkAsync(string officer)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var active = await scope.ServiceProvider.GetRequiredService<OfficerRoster>().RequireActiveAsync(officer);
        var (link, token) = RegisterExportLink.Create(active, "{}", TimeSpan.FromMinutes(5), DateTimeOffset.UtcNow);
        db.RegisterExportLinks.Add(link);
        await db.SaveChangesAsync();
        return token;
    }

    private async Task<T> WithDbAsync<T>(Func<RegistersDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RegistersDbContext>());
    }
}
