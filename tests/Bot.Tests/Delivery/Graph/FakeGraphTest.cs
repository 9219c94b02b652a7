using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Graph.Tests.Fakes;

namespace ComplianceBot.Bot.Tests.Delivery.Graph;

/// <summary>
/// A test class that runs Graph delivery hosts against one fake Graph server (accepting every call with 202 unless a
/// test sets its handler) and a data folder of its own, removed afterwards.
/// </summary>
public abstract class FakeGraphTest : IAsyncLifetime
{
    private readonly TestDataFolder folder = new("cb-graph-delivery");

    protected string DataFolder => folder.Path;

    protected FakeGraphServer GraphServer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        GraphServer = await FakeGraphServer.StartAsync();
        GraphServer.Handler = _ => FakeResponse.Empty(202);
    }

    public async Task DisposeAsync()
    {
        await GraphServer.DisposeAsync();
        folder.Dispose();
    }
}
