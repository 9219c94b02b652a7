using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ComplianceBot.Bot.Tests.Reports;

/// <summary>
/// The real host over a SQLite file of its own, with every log event captured at Trace, a fake Bot Connector, and
/// the unauthenticated development switch so tests post activities as Teams would after authentication.
/// </summary>
internal sealed class ReportsAppFactory : WebApplicationFactory<Program>
{
    public const string Officer = "aad-officer-71c2";
    public const string Director = "aad-director-93b0";
    public const string AuthorizedBody = "agency@anticorruption.example";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cb-report-tests", Guid.NewGuid().ToString("N"));

    public string DatabaseFile => Path.Combine(Folder, "registers.db");

    public CapturingLoggerProvider Logs { get; } = new();

    public FakeConnectorClient Connector { get; } = new();

    /// <summary>Off for a test that reads the database file after the host has stopped; it then deletes <see cref="Folder"/>.</summary>
    public bool DeleteFolderOnDispose { get; set; } = true;

    /// <summary>Settings a test adds over the defaults above.</summary>
    public Dictionary<string, string?> Extra { get; } = [];

    /// <summary>Settings read while the host is being built (before the app configuration above applies), e.g. telemetry.</summary>
    public Dictionary<string, string?> HostSettings { get; } = [];

    /// <summary>Service changes a test makes over the defaults below, before the host starts.</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment("Development");
        foreach (var (key, value) in HostSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Teams:DangerouslyAllowUnauthenticatedRequests"] = "true",
            ["Teams:AllowedServiceUrlHosts:0"] = new Uri(ReportActivities.ServiceUrl).Host,
            ["Registers:DataDirectory"] = Folder,
            ["ConnectionStrings:Registers"] = $"Data Source={DatabaseFile};Pooling=False",
            ["Registers:PassphraseIterations"] = "1000",
            ["Registers:IdentityEncryptionKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
            ["Organization:DirectorAadObjectId"] = Director,
            ["Organization:AuthorizedBodyEmail"] = AuthorizedBody,
            // Notices about anonymous reports at once unless a test sets a window (decision 119).
            ["Reports:AnonymousRelease:Window"] = "00:00:00",
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
            ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace",
        }).AddInMemoryCollection(Extra));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IConnectorClient>();
            services.AddSingleton<IConnectorClient>(Connector);
            TestServices?.Invoke(services);
        });
    }

    /// <summary>Appoints <paramref name="officer"/> (default <see cref="Officer"/>) by the director's decision (Reg. 6–7), straight through the registers.</summary>
    public async Task AppointOfficerAsync(string officer = Officer)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<Domain.RegisterClock>();
        db.OfficerAppointments.Add(OfficerAppointment.Record(
            officer, "D-7/2026", clock.Today.AddDays(-10), clock.Today.AddDays(-10), clock.Today.AddYears(1), Director, clock.Now));
        await db.SaveChangesAsync();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && DeleteFolderOnDispose)
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
