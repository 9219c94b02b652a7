using System.Net;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Tests.ChannelTestSupport;

namespace ComplianceBot.Bot.Tests.Channel.Inbound;

/// <summary>The admission gate of /api/messages (decision 108): one turn at a time here, one waiting, the rest turned away.</summary>
public sealed class MessagesAdmissionTests : IClassFixture<MessagesAdmissionTests.OneTurnAppFactory>
{
    private readonly OneTurnAppFactory factory;

    public MessagesAdmissionTests(OneTurnAppFactory factory) => this.factory = factory;

    [Fact]
    public async Task PostMessages_MoreThanTheGateHolds_OneWorksOneWaitsTheRestGet503AndLeaveNoTrace()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inHandler = 0;
        var mostAtOnce = 0;
        factory.Handler.Behaviour = async (_, _) =>
        {
            var now = Interlocked.Increment(ref inHandler);
            InterlockedMax(ref mostAtOnce, now);
            await release.Task;
            Interlocked.Decrement(ref inHandler);
            return null;
        };
        var client = factory.CreateClient();
        var first = ActivityJson.Message();
        var second = ActivityJson.Message();
        var third = ActivityJson.Message();

        var firstCall = client.SendAsync(ActivityJson.Request(first, factory.Issuer.CreateToken()));
        await WaitUntilAsync(() => factory.Handler.Received.Count == 1);
        var secondCall = client.SendAsync(ActivityJson.Request(second, factory.Issuer.CreateToken()));
        await Task.Delay(200);
        using var turnedAway = await client.SendAsync(ActivityJson.Request(third, factory.Issuer.CreateToken()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, turnedAway.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), turnedAway.Headers.RetryAfter?.Delta);
        Assert.Single(factory.Handler.Received);
        Assert.False(secondCall.IsCompleted, "the second activity waits for the first");

        release.SetResult();
        using var firstResponse = await firstCall;
        using var secondResponse = await secondCall;

        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        Assert.Equal(1, mostAtOnce);
        var handled = factory.Handler.Received.Select(a => a.Id).ToList();
        Assert.Equal([Id(first), Id(second)], handled);
        Assert.Equal(2, factory.Store.Calls.Count(call => call == nameof(IChannelStateStore.TryMarkProcessedAsync)));
    }

    private static string Id(System.Text.Json.Nodes.JsonObject activity) => activity["id"]!.GetValue<string>();

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), "timed out waiting");
    }

    /// <summary>The channel host with a gate of one turn and a queue of one.</summary>
    public sealed class OneTurnAppFactory : ChannelAppFactory
    {
        public OneTurnAppFactory()
        {
            Settings["Teams:MaxConcurrentTurns"] = "1";
            Settings["Teams:MaxQueuedTurns"] = "1";
        }
    }
}
