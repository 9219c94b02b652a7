using ComplianceBot.Graph.Tests.Fakes;
using ComplianceBot.Bot.Operations.DirectorySync;
using ComplianceBot.Bot.Tests.Delivery.Graph;
using ComplianceBot.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.DirectorySync;

public sealed class DirectorySyncJobTests : FakeGraphTest
{
    [Fact]
    public async Task RunOnceAsync_FullThenExpiredLink_FillsEmployeesAndRestartsWithFullRound()
    {
        var deltaLink = GraphServer.BaseUrl + "/users/delta?$deltatoken=t1";
        var rounds = 0;
        GraphServer.Handler = request =>
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
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl);
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

    // Decision 132: a removed account is marked as left on the sync's day (the row stays), a disabled one too; an
    // enabled account in a later round is back. Each change is in the audit chain.
    [Fact]
    public async Task RunOnceAsync_RemovedThenEnabledAgain_MarksLeftAndBack()
    {
        var rounds = 0;
        GraphServer.Handler = _ =>
        {
            rounds++;
            var link = GraphServer.BaseUrl + "/users/delta?$deltatoken=t" + rounds;
            return FakeResponse.Json(200, rounds switch
            {
                1 => $$"""
                    {"value":[
                      {"id":"aad-1","displayName":"Aigerim","mail":"aigerim@contoso.kz","accountEnabled":true},
                      {"id":"aad-2","displayName":"Bolat","mail":"bolat@contoso.kz","accountEnabled":true}
                    ],"@odata.deltaLink":"{{link}}"}
                    """,
                2 => $$"""
                    {"value":[{"id":"aad-1","@removed":{"reason":"changed"} },{"id":"aad-2","accountEnabled":false}],"@odata.deltaLink":"{{link}}"}
                    """,
                _ => $$"""
                    {"value":[{"id":"aad-1","displayName":"Aigerim","accountEnabled":true}],"@odata.deltaLink":"{{link}}"}
                    """,
            });
        };
        await using var host = await GraphDeliveryHost.StartAsync(DataFolder, GraphServer.BaseUrl);
        var job = host.Job<DirectorySyncJob>();
        Task<List<(string Id, DateOnly? LeftOn)>> LeftOnAsync() => host.WithDbAsync(db =>
            db.Employees.OrderBy(e => e.AadObjectId).Select(e => new ValueTuple<string, DateOnly?>(e.AadObjectId, e.LeftOn)).ToListAsync());

        Assert.True(await job.RunOnceAsync(CancellationToken.None));
        Assert.Equal([("aad-1", null), ("aad-2", null)], await LeftOnAsync());

        host.Time.Advance(TimeSpan.FromHours(6));
        Assert.True(await job.RunOnceAsync(CancellationToken.None));
        var today = host.Services.GetRequiredService<RegisterClock>().Today;
        Assert.Equal([("aad-1", today), ("aad-2", today)], await LeftOnAsync());

        host.Time.Advance(TimeSpan.FromHours(6));
        Assert.True(await job.RunOnceAsync(CancellationToken.None));
        Assert.Equal([("aad-1", null), ("aad-2", today)], await LeftOnAsync());
        var audit = await host.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Employee").OrderBy(e => e.Sequence)
            .Select(e => e.EntityId + " " + e.Action).ToListAsync());
        Assert.Equal(["aad-2 EmployeeLeft", "aad-1 EmployeeLeft", "aad-1 EmployeeReturned"], audit);
    }
}
