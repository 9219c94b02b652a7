using System.Collections.Concurrent;
using ComplianceBot.Bot.Channel;

namespace ComplianceBot.Bot.Tests.ChannelTestSupport;

/// <summary>An IActivityHandler that records what reached it and answers as the test says.</summary>
public sealed class RecordingActivityHandler : IActivityHandler
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    public Func<TurnContext, CancellationToken, Task<InvokeResponse?>> Behaviour { get; set; } = (_, _) => Task.FromResult<InvokeResponse?>(null);

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Received.Enqueue(turn.Activity);
        return await Behaviour(turn, cancellationToken);
    }
}
