using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Persistence;

public sealed class RegistersServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cb-domain-tests", Guid.NewGuid().ToString("N"));

    private ServiceProvider Build(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddRegisters(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task MigrateRegistersIfEnabledAsync_SqliteDefaults_CreatesDatabaseInDataDirectory()
    {
        await using var services = Build(("Registers:DataDirectory", _folder));

        await services.MigrateRegistersIfEnabledAsync();

        Assert.True(File.Exists(Path.Combine(_folder, "registers.db")));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        Assert.IsType<SqliteRegistersDbContext>(db);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<OutboxStore>());
        await using var fromFactory = await services.GetRequiredService<IDbContextFactory<RegistersDbContext>>().CreateDbContextAsync();
        Assert.IsType<SqliteRegistersDbContext>(fromFactory);
    }

    [Fact]
    public async Task MigrateRegistersIfEnabledAsync_SwitchedOff_LeavesNoDatabase()
    {
        await using var services = Build(("Registers:DataDirectory", _folder), ("Registers:MigrateOnStartup", "false"));

        await services.MigrateRegistersIfEnabledAsync();

        Assert.False(File.Exists(Path.Combine(_folder, "registers.db")));
    }

    [Fact]
    public void AddRegisters_UnknownProvider_NamesTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(("Registers:Provider", "Oracle")));

        Assert.Contains("Registers:Provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddRegisters_SqlServerWithoutConnectionString_NamesTheSetting()
    {
        await using var services = Build(("Registers:Provider", "SqlServer"));
        await using var scope = services.CreateAsyncScope();

        var error = Assert.Throws<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<RegistersDbContext>().Model);

        Assert.Contains("ConnectionStrings:Registers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddRegisters_SqlServer_ResolvesSqlServerContextAndDoesNotMigrateByDefault()
    {
        await using var services = Build(("Registers:Provider", "SqlServer"), ("ConnectionStrings:Registers", "Server=unused;Database=x"));
        await using var scope = services.CreateAsyncScope();

        Assert.IsType<SqlServerRegistersDbContext>(scope.ServiceProvider.GetRequiredService<RegistersDbContext>());
        Assert.False(services.GetRequiredService<IOptions<RegistersOptions>>().Value.ShouldMigrateOnStartup);
    }

    [Fact]
    public async Task AddRegisters_MalformedIdentityKey_NamesTheSetting()
    {
        await using var services = Build(("Registers:IdentityEncryptionKey", "not-a-key"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<RegistersOptions>>().Value);

        Assert.Contains("Registers:IdentityEncryptionKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddRegisters_IterationsOutOfRange_NamesTheSetting()
    {
        await using var services = Build(("Registers:PassphraseIterations", "0"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<RegistersOptions>>().Value);

        Assert.Contains("Registers:PassphraseIterations", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
