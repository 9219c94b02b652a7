using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Channel.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Tests.ChannelTestSupport;

/// <summary>
/// The real host with authentication ON against <see cref="TestIssuer"/>, and the handler and the
/// state store swapped for recording fakes. Development environment (so other areas use their
/// local modes) but with the unauthenticated switch explicitly off.
/// </summary>
public class ChannelAppFactory : WebApplicationFactory<Program>
{
    public TestIssuer Issuer { get; } = new();

    public RecordingStateStore Store { get; } = new();

    public RecordingActivityHandler Handler { get; } = new();

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Teams:DangerouslyAllowUnauthenticatedRequests"] = "false",
        ["Teams:AppId"] = TestIssuer.AppId,
        ["Teams:TenantId"] = "test-tenant",
        ["Teams:ClientSecret"] = "not-a-real-secret",
        ["Teams:OpenIdMetadataUrls:0"] = TestIssuer.MetadataUrl,
        ["Teams:RequireHttpsMetadata"] = "false",
        ["Teams:InvokeTimeout"] = "00:00:01",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(Settings));
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(SigningKeyRing.HttpClientName).ConfigurePrimaryHttpMessageHandler(Issuer.CreateHandler);
            services.RemoveAll<IChannelStateStore>();
            services.AddSingleton<IChannelStateStore>(Store);
            services.RemoveAll<IActivityHandler>();
            services.AddSingleton<IActivityHandler>(Handler);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Issuer.Dispose();
        }
    }
}
