using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Channel.State;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Operations.Health;
using ComplianceBot.Bot.Operations.Telemetry;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Integration;

/// <summary>
/// The registers on a real SQLite file in a temp folder, with the delivery worker's parts and a
/// recording connector: no web host, no network.
/// </summary>
internal sealed class RegistersTestServices : IAsyncDisposable
{
    private readonly TestDataFolder _folder = new("cb-int");

    public RegistersTestServices(Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Registers:DataDirectory"] = _folder.Path,
            ["Registers:PassphraseIterations"] = "1000",
            ["Outbox:InitialRetryDelay"] = "00:00:01",
        };
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddRegisters(configuration);
        services.AddSingleton<IConnectorClient>(Connector);
        services.AddScoped<RegistersChannelStateStore>();
        services.AddSingleton<RecentConversationReferences>();
        services.AddSingleton<ProcessedActivityLog>();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName);
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxDeliveryHandler, TeamsSendHandler>();
        services.AddSingleton<IOutboxDeliveryHandler, TeamsUpdateHandler>();
        services.AddSingleton<OutboxDispatcher>();
        Provider = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public RecordingConnector Connector { get; } = new();

    public ServiceProvider Provider { get; }

    /// <summary>The registers' SQLite file, for tests that reach past EF Core.</summary>
    public string DatabasePath => _folder.DatabaseFile;

    public OutboxDispatcher Dispatcher => Provider.GetRequiredService<OutboxDispatcher>();

    public async Task<RegistersTestServices> MigrateAsync()
    {
        await using var scope = Provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().Database.MigrateAsync();
        return this;
    }

    /// <summary>Runs <paramref name="work"/> with a fresh context, like one request would.</summary>
    public async Task<T> WithDbAsync<T>(Func<RegistersDbContext, Task<T>> work)
    {
        await using var scope = Provider.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RegistersDbContext>());
    }

    public async Task WithDbAsync(Func<RegistersDbContext, Task> work) =>
        await WithDbAsync(async db =>
        {
            await work(db);
            return true;
        });

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Provider.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        _folder.Dispose();
    }
}
