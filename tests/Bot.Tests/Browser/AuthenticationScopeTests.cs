using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using ComplianceBot.Bot.Tests.ChannelTestSupport;
using ComplianceBot.Bot.Tests.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Tests.Browser;

/// <summary>
/// Decision 138: the authentication middleware runs on the browser's paths only. A WebApplication adds one in front
/// of every request when authentication is registered and the app has not said where it goes; then each activity at
/// /api/messages ran the cookie and OpenID Connect handlers (the benchmark's ratio fell from 0.27 to 0.20). A request
/// handler scheme sees every request the middleware runs for: it must see the workspace (which authenticates in its own branch) and not the channel.
/// </summary>
public sealed class AuthenticationScopeTests
{
    [Fact]
    public async Task TheAuthenticationMiddleware_RunsForTheWorkspace_AndNeverForMessages()
    {
        var seen = new ConcurrentQueue<string>();
        using var host = new BotTestHost
        {
            BackgroundServicesOff = true,
            TestServices = services =>
            {
                services.AddSingleton(seen);
                services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, WatchingScheme>(WatchingScheme.Name, _ => { });
            },
        };
        using var client = host.CreateClient(new() { AllowAutoRedirect = false });

        await client.SendAsync(ActivityJson.Request(ActivityJson.Message(), token: null));
        await client.GetAsync("/workspace");

        Assert.Contains("/workspace", seen);
        Assert.DoesNotContain("/api/messages", seen);
    }

    private sealed class WatchingScheme(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ConcurrentQueue<string> seen)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder), IAuthenticationRequestHandler
    {
        public const string Name = "watching";

        public Task<bool> HandleRequestAsync()
        {
            seen.Enqueue(Request.Path.Value ?? "");
            return Task.FromResult(false);
        }

        protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
    }
}
