using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Tests.ChannelTestSupport;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ComplianceBot.Bot.Tests.Integration;

/// <summary>
/// The real host over a SQLite file of its own — the registers' channel state store and group commit
/// as in production — in Development with the unauthenticated switch on, the activity handler
/// swapped for a recorder and the periodic services off. The host's own log filters stay as shipped
/// (EF Core and ASP.NET Core from Warning), with the inbound channel at Debug.
/// </summary>
internal sealed class RegistersChannelApp : WebApplicationFactory<Program>
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cb-channel-tests", Guid.NewGuid().ToString("N"));

    public RecordingActivityHandler Handler { get; } = new();

    public LogRecorder Logs { get; } = new();

    public async Task<T> WithDbAsync<T>(Func<RegistersDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<RegistersDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Teams:DangerouslyAllowUnauthenticatedRequests"] = "true",
            ["Teams:AllowedServiceUrlHosts:0"] = new Uri(TestIssuer.ServiceUrl).Host,
            ["Registers:DataDirectory"] = Folder,
            ["Logging:LogLevel:ComplianceBot.Bot.Channel"] = "Debug",
        }));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.WithoutBackgroundServices();
            services.RemoveAll<IActivityHandler>();
            services.AddSingleton<IActivityHandler>(Handler);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open on a slow machine is left in the temp folder.
            }
        }
    }
}
