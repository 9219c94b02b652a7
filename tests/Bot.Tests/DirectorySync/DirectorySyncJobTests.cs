using ComplianceBot.Graph.Tests.Fakes;
using ComplianceBot.Bot.Operations.DirectorySync;
using ComplianceBot.Bot.Tests.Delivery.Graph;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.DirectorySync;

public sealed class DirectorySyncJobTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cb-graph-delivery", Guid.NewGuid().ToString("N"));
    private FakeGraphServer _graph = null!;

    public async Task InitializeAsync() => _graph = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _graph.DisposeAsync();
        try
        {
            Directory.Delete(_folder, true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task RunOnceAsync_FullThenExpiredLink_FillsEmployeesAndRestartsWithFullRound()
    {
        var deltaLink = _graph.BaseUrl + "/users/delta?$deltatoken=t1";
        var rounds = 0;
        _graph.Handler = request =>
        {
            if (request.Query.Contains("$deltatoken=t1", StringComparison.Ordinal))
            {
                return FakeResponse.Json(410, """{"error":{"code":"SyncStateNotFound","message":"expired"}}""");
            }

            rounds++;
            var department = rounds == 1 ? "Finance" : "Legal";
            return FakeResponse.Json(200, $$"""
                {"value":[
                  {"id":"aad-1","displayName":"Aigerim","department":"{{department}}","jobTitle":"Accountant","mail":"aigerim@contoso.kz","preferredLanguage":"ru-RU","manager@delta":[{"id":"aad-boss"}]},
                  {"id":"aad-2","displayName":"Bolat","department":"Finance","userPrincipalName":"bolat@contoso.kz","preferredLanguage":"kk-KZ"}
                ],"@odata.deltaLink":"{{deltaLink}}"}
                """);
        };
        await using var host = await GraphDeliveryHost.StartAsync(_folder, _graph.BaseUrl);
        var job = host.Job<DirectorySyncJob>();

        Assert.True(await job.RunOnceAsync(CancellationToken.None));
        var first = await host.WithDbAsync(db => db.Employees.OrderBy(e => e.AadObjectId).ToListAsync());
        Assert.Equal(["aigerim@contoso.kz", "bolat@contoso.kz"], first.Select(e => e.Mail));
        Assert.Equal(("Finance", "Accountant", "aad-boss", "ru"), (first[0].Department, first[0].JobTitle, first[0].ManagerAadObjectId, first[0].PreferredLanguage));
        Assert.Equal(deltaLink, await host.WithDbAsync(db => db.ScheduledJobs.Where(j => j.Name == job.Name).Select(j => j.Cursor).SingleAsync()));

        // Not due again before Directory:SyncInterval.
        Assert.False(await job.RunOnceAsync(CancellationToken.None));
        host.Time.Advance(TimeSpan.FromHours(6));
        Assert.True(await job.RunOnceAsync(CancellationToken.None));

        Assert.Equal(2, rounds);
        Assert.Equal("Legal", await host.WithDbAsync(db => db.Employees.Where(e => e.AadObjectId == "aad-1").Select(e => e.Department).SingleAsync()));
    }
}
