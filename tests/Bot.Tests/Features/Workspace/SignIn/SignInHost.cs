using System.Net.Http.Headers;
using ComplianceBot.Bot.Features.Workspace;
using ComplianceBot.Bot.Features.Workspace.SignIn;
using ComplianceBot.Bot.Tests.Browser;
using ComplianceBot.Bot.Tests.ChannelTestSupport;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.Workspace.SignIn;

/// <summary>
/// The bot with the channel's authentication on (<see cref="ChannelAppFactory"/>: Bot Framework's metadata, and here
/// also the tenant's, with the Teams desktop client as an allowed caller, so the channel trusts the very issuer and
/// caller an SSO token comes from) and the tab's sign-in checking tokens against <see cref="TestIssuer"/>'s tenant
/// metadata. A test-only officer page (<see cref="OfficerProbePath"/>) carries <see cref="WorkspacePolicies.Officer"/>
/// and runs through the workspace's real pipeline.
/// </summary>
public sealed class SignInHost : ChannelAppFactory
{
    public const string AppIdUri = "api://localhost/" + TestIssuer.AppId;
    public const string TeamsDesktopClientId = "1fec8e78-bce4-4aaf-ab1b-5451cc387264";
    public const string DirectorAad = "aad-signin-director";
    public const string OfficerProbePath = "/workspace/probe-officer";

    // Its own registers: the director's appointment planted here would stop any other host on the run's shared folder.
    private readonly TestDataFolder folder = new();

    public SignInHost()
    {
        BackgroundServicesOff = true;
        Settings["Registers:DataDirectory"] = folder.Path;
        Settings["Workspace:AppIdUri"] = AppIdUri;
        Settings["Workspace:OpenIdMetadataUrl"] = TestIssuer.TenantV2MetadataUrl;
        Settings["Teams:OpenIdMetadataUrls:0"] = TestIssuer.TenantV2MetadataUrl;
        Settings["Teams:AllowedCallerAppIds:0"] = TeamsDesktopClientId;
        Settings["Organization:DirectorAadObjectId"] = DirectorAad;
        TestServices = services =>
        {
            services.AddHttpClient(TeamsSsoTokens.HttpClientName).ConfigurePrimaryHttpMessageHandler(Issuer.CreateHandler);
            services.AddTransient<IStartupFilter, OfficerProbe>();
        };
    }

    /// <summary>What Teams' getAuthToken() gives for <paramref name="oid"/> (v2.0); <paramref name="change"/> spoils it.</summary>
    public string SsoToken(string oid, Action<TokenSpec>? change = null) => Issuer.CreateToken(spec =>
    {
        spec.Issuer = TestIssuer.TenantV2Issuer;
        spec.Audience = TestIssuer.AppId;
        spec.KeyId = TestIssuer.EntraKeyId;
        spec.ServiceUrl = null;
        spec.Claims["ver"] = "2.0";
        spec.Claims["tid"] = TestIssuer.TenantId;
        spec.Claims["oid"] = oid;
        spec.Claims["sub"] = "pairwise-" + oid;
        spec.Claims["name"] = "Tab Person";
        spec.Claims["azp"] = TeamsDesktopClientId;
        spec.Claims["scp"] = "access_as_user";
        change?.Invoke(spec);
    });

    /// <summary>The tab's POST: the token as a bearer, nothing else.</summary>
    internal static Task<HttpResponseMessage> PostSessionAsync(BrowserSession browser, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, WorkspaceTabSession.SessionPath);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return browser.Client.SendAsync(request);
    }

    /// <summary>A person of the tenant in the registers; an officer with a current appointment when asked.</summary>
    public async Task<string> AddPersonAsync(string name, bool officer, string? aad = null)
    {
        aad ??= "aad-signin-" + Guid.NewGuid().ToString("N");
        var clock = Services.GetRequiredService<RegisterClock>();
        await WithDbAsync(async db =>
        {
            db.Employees.Add(Employee.Create(aad, TestIssuer.TenantId, name, "en", clock.Now));
            if (officer)
            {
                // Straight into the register (not through the appointment use case), so even a record the rules would refuse is there.
                db.OfficerAppointments.Add(OfficerAppointment.Record(aad, "No. 9", clock.Today.AddDays(-5), clock.Today.AddDays(-5), clock.Today.AddYears(1), "test", clock.Now));
            }

            await db.SaveChangesAsync();
        });
        return aad;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            folder.Dispose();
        }
    }

    /// <summary>
    /// Sets the workspace endpoint for <see cref="OfficerProbePath"/> before routing (routing keeps an endpoint already
    /// set), so the workspace branch's session, authorization and 403 page treat it like an officer page.
    /// </summary>
    private sealed class OfficerProbe : IStartupFilter
    {
        private static readonly Endpoint Probe = new(
            http => http.Response.WriteAsync("officer probe", http.RequestAborted),
            new EndpointMetadataCollection(new AuthorizeAttribute(WorkspacePolicies.Officer)),
            "officer probe");

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                if (http.Request.Path.Equals(OfficerProbePath, StringComparison.OrdinalIgnoreCase))
                {
                    http.SetEndpoint(Probe);
                }

                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
