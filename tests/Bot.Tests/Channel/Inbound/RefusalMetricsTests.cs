using System.Diagnostics.Metrics;
using System.Net;
using ComplianceBot.Bot.Operations.Telemetry;
using ComplianceBot.Bot.Tests.ChannelTestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Channel.Inbound;

/// <summary>Refusals are logged at Debug only, so they are counted by status instead (decision 112).</summary>
public sealed class RefusalMetricsTests : IClassFixture<ChannelAppFactory>
{
    private readonly ChannelAppFactory factory;

    public RefusalMetricsTests(ChannelAppFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task PostMessages_RefusedAndAccepted_OnlyRefusalsAreCountedByStatus()
    {
        var client = factory.CreateClient();
        var meter = factory.Services.GetRequiredService<IMeterFactory>().Create(ComplianceBotMetrics.MeterName);
        var counted = new List<int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // This host's meter only: other tests' hosts refuse requests in parallel.
            if (ReferenceEquals(instrument.Meter, meter) && instrument.Name == ComplianceBotMetrics.ChannelRefused)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "status" && tag.Value is int status)
                {
                    lock (counted)
                    {
                        counted.Add(status);
                    }
                }
            }
        });
        listener.Start();

        using var unauthorized = await client.SendAsync(ActivityJson.Request(ActivityJson.Message(), token: null));
        using var forbidden = await client.SendAsync(ActivityJson.Request(ActivityJson.Message(), factory.Issuer.CreateToken(spec => spec.ServiceUrl = "https://smba.test/other/")));
        using var accepted = await client.SendAsync(ActivityJson.Request(ActivityJson.Message(), factory.Issuer.CreateToken()));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal([401, 403], counted.Order());
    }
}
