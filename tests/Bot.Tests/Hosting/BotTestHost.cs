using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ComplianceBot.Bot.Tests.Hosting;

/// <summary>
/// The whole bot in process (decision 133): the real <c>Program</c> in Development with in-memory settings over
/// appsettings, and whatever a test swaps — the Bot Connector, the clock, a log capture, its own services — set here
/// once. The data folder is the test's choice: none (the run's shared folder, <see cref="TestRunDataDirectory"/>), a
/// <see cref="TestDataFolder"/> the host owns and deletes, or a path the test keeps (two hosts on it are a restart).
/// </summary>
public class BotTestHost : WebApplicationFactory<Program>
{
    private readonly TestDataFolder? ownFolder;

    /// <summary>On the test run's shared data folder.</summary>
    public BotTestHost()
    {
    }

    /// <summary>On a fresh folder of its own, deleted when the host is disposed.</summary>
    public BotTestHost(TestDataFolder folder)
        : this(folder.Path)
    {
        ownFolder = folder;
    }

    /// <summary>On the test's folder, which outlives the host.</summary>
    public BotTestHost(string dataFolder)
    {
        DataFolder = dataFolder;
        Settings["Registers:DataDirectory"] = dataFolder;
    }

    /// <summary>Where the registers live: the folder given, or the run's shared one.</summary>
    public string DataFolder { get; } = TestRunDataDirectory.Path;

    /// <summary>The registers' SQLite file (its default name) in <see cref="DataFolder"/>.</summary>
    public string DatabaseFile => Path.Combine(DataFolder, "registers.db");

    public string EnvironmentName { get; set; } = "Development";

    /// <summary>The app's configuration over appsettings: a host's defaults, then what a test sets before the host starts.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Settings read while the host is being built (before <see cref="Settings"/> apply), e.g. telemetry.</summary>
    public Dictionary<string, string?> HostSettings { get; } = [];

    /// <summary>When set, replaces the Bot Connector client: the host's replies and proactive cards land here.</summary>
    public IConnectorClient? BotConnector { get; set; }

    /// <summary>When set, the app's clock (e.g. a <c>FakeTimeProvider</c> the test moves).</summary>
    public TimeProvider? Time { get; set; }

    /// <summary>When set, receives every log event the host's filters let through.</summary>
    public ILoggerProvider? LogCapture { get; set; }

    /// <summary>With <see cref="LogCapture"/>: the minimum level of the whole host's logging (e.g. Trace to see everything).</summary>
    public LogLevel? LogCaptureLevel { get; set; }

    /// <summary>The periodic services are not started (decision 085): the test runs what it checks itself.</summary>
    public bool BackgroundServicesOff { get; set; }

    /// <summary>Service changes a test makes, applied last, before the host starts.</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    /// <summary>Off for a test that reads its own <see cref="TestDataFolder"/> after the host has stopped; it then deletes it.</summary>
    public bool DeleteFolderOnDispose { get; set; } = true;

    /// <summary>
    /// Records the director's decision appointing <paramref name="aad"/> for a term around today (Reg. 6–7), straight
    /// through the registers; with a <paramref name="name"/>, the officer is also an employee (added if missing).
    /// </summary>
    public async Task AppointOfficerAsync(string aad, string decision, string appointedBy, string? name = null, string language = "en", string tenant = "tenant-1")
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<RegisterClock>();
        if (name is not null && await db.Employees.FindAsync(aad) is null)
        {
            db.Employees.Add(Employee.Create(aad, tenant, name, language, clock.Now));
        }

        db.OfficerAppointments.Add(OfficerAppointment.Record(
            aad, decision, clock.Today.AddDays(-10), clock.Today.AddDays(-10), clock.Today.AddYears(1), appointedBy, clock.Now));
        await db.SaveChangesAsync();
    }

    /// <summary>Runs <paramref name="work"/> on a fresh context, like one request would.</summary>
    public async Task<T> WithDbAsync<T>(Func<RegistersDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RegistersDbContext>());
    }

    public Task WithDbAsync(Func<RegistersDbContext, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return 0;
    });

    /// <summary>Runs the outbox dispatcher until nothing is due.</summary>
    public async Task DeliverOutboxAsync()
    {
        var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
        while (await dispatcher.RunOnceAsync(CancellationToken.None) > 0)
        {
        }
    }

    /// <summary>A host's own swaps (e.g. the channel's recording fakes), before the test's <see cref="TestServices"/>.</summary>
    protected virtual void ConfigureHostServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        foreach (var (key, value) in HostSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(Settings));
        if (LogCapture is { } capture)
        {
            builder.ConfigureLogging(logging =>
            {
                logging.AddProvider(capture);
                if (LogCaptureLevel is { } level)
                {
                    logging.SetMinimumLevel(level);
                }
            });
        }

        builder.ConfigureTestServices(services =>
        {
            if (Time is { } time)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(time);
            }

            if (BotConnector is { } connector)
            {
                services.RemoveAll<IConnectorClient>();
                services.AddSingleton(connector);
            }

            if (BackgroundServicesOff)
            {
                services.WithoutBackgroundServices();
            }

            ConfigureHostServices(services);
            TestServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && DeleteFolderOnDispose)
        {
            ownFolder?.Dispose();
        }
    }
}
