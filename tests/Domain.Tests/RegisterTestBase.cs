namespace ComplianceBot.Domain.Tests;

/// <summary>Each test class gets its own migrated SQLite file and two appointed officers.</summary>
public abstract class RegisterTestBase : IAsyncLifetime
{
    protected RegisterTestBase()
    {
        Database = new TestDatabase();
        World = new TestWorld(Database);
    }

    protected TestDatabase Database { get; }

    protected TestWorld World { get; }

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await World.AppointOfficersAsync();
    }

    public Task DisposeAsync() => Database.DisposeAsync();
}
