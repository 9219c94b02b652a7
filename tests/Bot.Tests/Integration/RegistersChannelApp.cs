using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Tests.ChannelTestSupport;
using ComplianceBot.Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Tests.Integration;

/// <summary>
/// <see cref="BotTestHost"/> over a SQLite file of its own — the registers' channel state store and group commit
/// as in production — in Development with the unauthenticated switch on, the activity handler
/// swapped for a recorder and the periodic services off. The host's own log filters stay as shipped
/// (EF Core and ASP.NET Core from Warning), with the inbound channel at Debug.
/// </summary>
internal sealed class RegistersChannelApp : BotTestHost
{
    public RegistersChannelApp()
        : base(new TestDataFolder("cb-channel-tests"))
    {
        LogCapture = Logs;
        BackgroundServicesOff = true;
        Settings["Teams:DangerouslyAllowUnauthenticatedRequests"] = "true";
        Settings["Teams:AllowedServiceUrlHosts:0"] = new Uri(TestIssuer.ServiceUrl).Host;
        Settings["Logging:LogLevel:ComplianceBot.Bot.Channel"] = "Debug";
    }

    public RecordingActivityHandler Handler { get; } = new();

    public LogRecorder Logs { get; } = new();

    protected override void ConfigureHostServices(IServiceCollection services)
    {
        services.RemoveAll<IActivityHandler>();
        services.AddSingleton<IActivityHandler>(Handler);
    }
}
