using ComplianceBot.Graph.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Graph.Tests.Remote;

public sealed class GraphDirectorySyncTests : IAsyncLifetime
{
    private FakeGraphServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeGraphServer.StartAsync();
        _services = GraphTestHost.Create(_server.BaseUrl, new FakeTokenCredential());
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private IDirectorySync Sync => _services.GetRequiredService<IDirectorySync>();

    [Fact]
    public async Task GetUsersDeltaAsync_TwoPages_FollowsNextLinkToDeltaLink()
    {
        var next = _server.BaseUrl + "/users/delta()?$skiptoken=page2";
        var final = _server.BaseUrl + "/users/delta()?$deltatoken=final";
        _server.Handler = request => request.Query.Contains("$skiptoken=page2", StringComparison.Ordinal)
            ? FakeResponse.Json(200, $$$"""
                {"@odata.deltaLink":"{{{final}}}","value":[
                  {"id":"u2","displayName":"Daniyar","department":"Procurement","jobTitle":"Buyer","mail":"d@contoso.kz",
                   "userPrincipalName":"d@contoso.kz","preferredLanguage":"ru-RU","accountEnabled":false,
                   "manager@delta":[{"@odata.type":"#microsoft.graph.user","id":"u9"}]},
                  {"id":"u3","@removed":{"reason":"changed"}}]}
                """)
            : FakeResponse.Json(200, $$$"""
                {"@odata.nextLink":"{{{next}}}","value":[
                  {"id":"u1","displayName":"Aigerim","department":"Finance","jobTitle":"Accountant","mail":"a@contoso.kz",
                   "userPrincipalName":"a@contoso.kz","preferredLanguage":"kk-KZ"}]}
                """);

        var delta = await Sync.GetUsersDeltaAsync(null, CancellationToken.None);

        var requests = _server.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal("GET", r.Method));
        Assert.EndsWith("/users/delta()", requests[0].Path, StringComparison.Ordinal);
        Assert.Equal("?$select=id,displayName,department,jobTitle,mail,userPrincipalName,preferredLanguage,manager,accountEnabled", requests[0].Query);
        Assert.Equal("?$skiptoken=page2", requests[1].Query);
        Assert.Equal(final, delta.DeltaLink);
        Assert.Equal(
            [
                new DirectoryUser("u1", "Aigerim", "Finance", "Accountant", "a@contoso.kz", "a@contoso.kz", "kk-KZ", null),
                new DirectoryUser("u2", "Daniyar", "Procurement", "Buyer", "d@contoso.kz", "d@contoso.kz", "ru-RU", "u9", AccountEnabled: false),
            ],
            delta.Changed);
        Assert.Equal(["u3"], delta.RemovedIds);
    }

    [Fact]
    public async Task GetUsersDeltaAsync_StoredDeltaLink_StartsFromItAndReportsManagerRemoval()
    {
        var link = _server.BaseUrl + "/users/delta()?$deltatoken=previous";
        _server.Handler = _ => FakeResponse.Json(200, $$$"""
            {"@odata.deltaLink":"{{{_server.BaseUrl}}}/users/delta()?$deltatoken=next","value":[
              {"id":"u1","jobTitle":"Chief accountant","manager@delta":[{"id":"u9","@removed":{"reason":"deleted"}}]}]}
            """);

        var delta = await Sync.GetUsersDeltaAsync(link, CancellationToken.None);

        Assert.Equal("?$deltatoken=previous", Assert.Single(_server.Requests).Query);
        var user = Assert.Single(delta.Changed);
        Assert.Equal(("Chief accountant", null, true), (user.JobTitle, user.ManagerId, user.ManagerRemoved));
        Assert.EndsWith("$deltatoken=next", delta.DeltaLink, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetUsersDeltaAsync_ExpiredLink_ThrowsPermanent410()
    {
        _server.Handler = _ => FakeResponse.Json(410, """{"error":{"code":"SyncStateNotFound","message":"expired"}}""");

        var failure = await Assert.ThrowsAsync<GraphDeliveryException>(() =>
            Sync.GetUsersDeltaAsync(_server.BaseUrl + "/users/delta()?$deltatoken=old", CancellationToken.None));

        Assert.Equal((false, 410), (failure.IsTransient, failure.StatusCode));
    }
}
