using ComplianceBot.Bot.Channel.Authentication;
using ComplianceBot.Bot.Channel.Inbound;
using ComplianceBot.Bot.Channel.Outbound;
using ComplianceBot.Bot.Channel.State;
using ComplianceBot.Bot.Operations.Telemetry;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Channel;

internal static class ChannelServiceCollectionExtensions
{
    public const string MessagesRoute = "/api/messages";

    /// <summary>
    /// The Teams channel. <see cref="IChannelStateStore"/> is added with TryAdd so the registers'
    /// database implementation (AddRegisters, called earlier) wins over the in-memory default.
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddOptions<TeamsOptions>()
            .BindConfiguration(TeamsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>>(new TeamsOptionsValidator(environment.EnvironmentName));
        services.Configure<KestrelServerOptions>(LimitSlowClients);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IChannelStateStore, InMemoryChannelStateStore>();
        services.TryAddSingleton<IInvokeTimeoutFallback, DefaultInvokeTimeoutFallback>();

        services.AddHttpClient(SigningKeyRing.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(ConnectorClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));

        services.TryAddSingleton<SigningKeyRing>();
        services.TryAddSingleton<ChannelAuthenticator>();
        services.TryAddSingleton(provider => new ServiceUrlPolicy(provider.GetRequiredService<IOptions<TeamsOptions>>(), environment.IsDevelopment()));
        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddSingleton<ActivityAdmission>();
        services.TryAddSingleton<ConnectorRateLimiter>();
        services.TryAddSingleton<IConnectorTokenProvider>(provider => new ConnectorTokenProvider(
            ConnectorCredentialFactory.Create(provider.GetRequiredService<IOptions<TeamsOptions>>().Value),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        services.TryAddSingleton<BackgroundTurnTracker>();
        services.AddHostedService(provider => provider.GetRequiredService<BackgroundTurnTracker>());
        services.TryAddSingleton<TurnDispatcher>();
        services.TryAddSingleton<InboundActivityProcessor>();
        services.TryAddSingleton<TurnGate>();
        return services;
    }

    /// <summary>
    /// A client that trickles its headers or body holds a connection, never a turn (decision 112): headers
    /// must arrive within 10 s, and a body at 240 bytes a second after a 5 s grace (Kestrel's default, set
    /// here so it is not lost by accident). A forged token is refused before its body is read at all.
    /// </summary>
    private static void LimitSlowClients(KestrelServerOptions kestrel)
    {
        kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
    }

    /// <summary>
    /// A plain request delegate, not a minimal-API handler (decision 110): the minimal-API factory compiles a
    /// parameter binder for the endpoint and sets up form binding for every simple type (~300 type loads
    /// held for the life of the process), none of which this endpoint uses.
    /// </summary>
    public static IEndpointRouteBuilder MapTeamsChannel(this IEndpointRouteBuilder endpoints)
    {
        var processor = endpoints.ServiceProvider.GetRequiredService<InboundActivityProcessor>();
        var metrics = endpoints.ServiceProvider.GetService<ComplianceBotMetrics>();
        RequestDelegate receive = async http =>
        {
            await (await processor.ProcessAsync(http)).ExecuteAsync(http);
            if (http.Response.StatusCode is StatusCodes.Status400BadRequest or StatusCodes.Status401Unauthorized
                or StatusCodes.Status403Forbidden or StatusCodes.Status503ServiceUnavailable)
            {
                metrics?.RecordChannelRefusal(http.Response.StatusCode);
            }
        };
        endpoints.MapPost(MessagesRoute, receive);
        return endpoints;
    }
}
