using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Channel.Authentication;
using ComplianceBot.Bot.Channel.Outbound;
using ComplianceBot.Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Tests.ChannelTestSupport;

/// <summary>
/// <see cref="BotTestHost"/> with authentication ON against <see cref="TestIssuer"/> (Bot Framework's metadata
/// alone, as in production), the handler and the state store swapped for recording fakes, and the
/// real Connector client sending to a recording fake Connector. Development environment (so other
/// areas use their local modes) but with the unauthenticated switch explicitly off. Each handled
/// turn replies once, so "no Connector call" is something a refused request could have broken.
/// </summary>
public class ChannelAppFactory : BotTestHost
{
    public ChannelAppFactory()
    {
        Settings["Teams:DangerouslyAllowUnauthenticatedRequests"] = "false";
        Settings["Teams:AppId"] = TestIssuer.AppId;
        Settings["Teams:TenantId"] = TestIssuer.TenantId;
        Settings["Teams:AllowedServiceUrlHosts:0"] = new Uri(TestIssuer.ServiceUrl).Host;
        Settings["Teams:ClientSecret"] = "not-a-real-secret";
        Settings["Teams:BotFrameworkMetadataUrl"] = TestIssuer.MetadataUrl;
        Settings["Teams:RequireHttpsMetadata"] = "false";
        Settings["Teams:InvokeTimeout"] = "00:00:01";
    }

    public TestIssuer Issuer { get; } = new();

    public RecordingStateStore Store { get; } = new();

    public RecordingActivityHandler Handler { get; } = new()
    {
        Behaviour = async (turn, cancellationToken) =>
        {
            await turn.ReplyAsync(new Activity { Type = ActivityTypes.Message, Text = "ok" }, cancellationToken);
            return null;
        },
    };

    public FakeConnectorHandler Connector { get; } = new(TimeProvider.System);

    /// <summary>Connector requests that were about one conversation.</summary>
    public IEnumerable<RecordedRequest> ConnectorCallsFor(string conversationId) =>
        Connector.Requests.Where(request => request.Uri.AbsoluteUri.Contains(Uri.EscapeDataString(conversationId), StringComparison.Ordinal));

    protected override void ConfigureHostServices(IServiceCollection services)
    {
        services.AddHttpClient(SigningKeyRing.HttpClientName).ConfigurePrimaryHttpMessageHandler(Issuer.CreateHandler);
        services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new SharedHandler(Connector));
        if (Settings["Teams:DangerouslyAllowUnauthenticatedRequests"] == "false")
        {
            // The real provider would ask Entra for a token; the unauthenticated mode's sends none.
            services.RemoveAll<IConnectorTokenProvider>();
            services.AddSingleton<IConnectorTokenProvider>(new FixedConnectorToken());
        }

        services.RemoveAll<IChannelStateStore>();
        services.AddSingleton<IChannelStateStore>(Store);
        services.RemoveAll<IActivityHandler>();
        services.AddSingleton<IActivityHandler>(Handler);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Issuer.Dispose();
        }
    }

    private sealed class FixedConnectorToken : IConnectorTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>("bot-token");
    }

    /// <summary>The factory disposes handlers it rotates; the recording fake outlives them.</summary>
    private sealed class SharedHandler(HttpMessageHandler inner) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker invoker = new(inner, disposeHandler: false);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            invoker.SendAsync(request, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                invoker.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
