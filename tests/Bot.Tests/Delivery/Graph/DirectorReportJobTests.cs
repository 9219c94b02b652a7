using ComplianceBot.Graph.Tests.Fakes;
using ComplianceBot.Bot.Delivery.Graph;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Delivery.Graph;

public sealed class DirectorReportJobTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cb-graph-delivery", Guid.NewGuid().ToString("N"));
    private FakeGraphServer _graph = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _graph.Handler = _ => FakeResponse.Empty(202);
    }

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

    // Reg. 29: a periodic report to the director, monthly by default, once per period, mailed through the outbox.
    [Fact]
    public async Task RunOnceAsync_NewMonth_QueuesLastMonthsReportOnceAndMailsIt()
    {
        await using var host = await GraphDeliveryHost.StartAsync(_folder, _graph.BaseUrl);
        var job = host.Job<DirectorReportJob>();

        Assert.True(await job.RunOnceAsync(CancellationToken.None));
        host.Time.Advance(TimeSpan.FromHours(2));
        Assert.True(await job.RunOnceAsync(CancellationToken.None));
        await host.DrainAsync(rounds: 1);

        var row = await host.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == GraphDeliveryKinds.DirectorMail));
        Assert.Equal("director-report:2026-02", row.IdempotencyKey);
        Assert.Contains("\"trainings.sessions\":0", row.Payload, StringComparison.Ordinal);
        var mail = Assert.Single(_graph.Requests);
        Assert.EndsWith("/sendMail", mail.Path, StringComparison.Ordinal);
        Assert.Contains("Директорға мерзімді есеп", mail.Json.GetProperty("Message").GetProperty("subject").GetString(), StringComparison.Ordinal);
    }
}
