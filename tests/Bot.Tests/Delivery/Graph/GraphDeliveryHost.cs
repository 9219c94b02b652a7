using ComplianceBot.Graph.Tests.Fakes;
using Azure.Core;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Delivery.Graph;
using ComplianceBot.Bot.Features.DirectorNotices;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Bot.Operations.DirectorySync;
using ComplianceBot.Bot.Operations.Telemetry;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Graph;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Delivery.Graph;

/// <summary>
/// The registers (a real SQLite file), the outbox dispatcher and this area's handlers and jobs, wired as in the app
/// with the real Graph SDK pointed at a <see cref="FakeGraphServer"/>. Workers are off: tests run them by hand, on a
/// fake clock. Two hosts over the same folder, one after the other, are a restart.
/// </summary>
internal sealed class GraphDeliveryHost : IAsyncDisposable
{
    public const string Mailbox = "compliance@contoso.kz";
    public const string DirectorMail = "director@contoso.kz";
    public const string AuthorizedBodyMail = "anticorruption@gov.kz";
    public const string GraphCredentialKey = "ComplianceBot.Graph.Credential";

    private readonly ServiceProvider _provider;

    private GraphDeliveryHost(ServiceProvider provider, FakeTimeProvider time)
    {
        _provider = provider;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _provider;

    public OutboxDispatcher Dispatcher => _provider.GetRequiredService<OutboxDispatcher>();

    public static async Task<GraphDeliveryHost> StartAsync(string folder, string graphBaseUrl, FakeTimeProvider? time = null, Dictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Registers:DataDirectory"] = folder,
            ["Graph:Mode"] = "Graph",
            ["Graph:BaseUrl"] = graphBaseUrl,
            ["Graph:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Graph:ClientId"] = "00000000-0000-0000-0000-000000000002",
            ["Graph:ClientSecret"] = "not-a-secret",
            ["Graph:ComplianceMailbox"] = Mailbox,
            ["Graph:MaxRetries"] = "0",
            ["Graph:RetryDelay"] = "00:00:00",
            ["Outbox:WorkerEnabled"] = "false",
            ["Outbox:MaxAttempts"] = "20",
            ["ScheduledJobs:Enabled"] = "false",
            ["Organization:DirectorEmail"] = DirectorMail,
            ["Organization:AuthorizedBodyEmail"] = AuthorizedBodyMail,
            ["Registers:PassphraseIterations"] = "1000",
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var clock = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 4, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection().AddLogging().AddMetrics().AddLocalization().AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddKeyedSingleton<TokenCredential>(GraphCredentialKey, new FakeTokenCredential());
        services.AddRegisters(configuration);
        services.AddGraphServices(configuration, new HostingEnvironment { EnvironmentName = "Development", ContentRootPath = folder, ApplicationName = "tests" });
        services.AddSingleton<ComplianceBotMetrics>();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddDirectorySync();
        services.AddTrainings();
        services.AddDirectorNotices();
        services.AddReportServices();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().Database.MigrateAsync();
        }

        return new GraphDeliveryHost(provider, clock);
    }

    public async Task<T> WithDbAsync<T>(Func<RegistersDbContext, Task<T>> work)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RegistersDbContext>());
    }

    public Task WithDbAsync(Func<RegistersDbContext, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return 0;
    });

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task WithScopeAsync(Func<IServiceProvider, Task> work) => WithScopeAsync(async services =>
    {
        await work(services);
        return 0;
    });

    public T Job<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Runs the dispatcher until nothing is due, moving the clock past each retry delay.</summary>
    public async Task DrainAsync(int rounds = 30)
    {
        for (var i = 0; i < rounds; i++)
        {
            await Dispatcher.RunOnceAsync(CancellationToken.None);
            Time.Advance(TimeSpan.FromMinutes(31));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
