using System.Collections.Concurrent;
using ComplianceBot.Bot.Channel;

namespace ComplianceBot.Bot.Tests.ChannelTestSupport;

/// <summary>Hand-written in-memory fake of the channel's state port that remembers every call.</summary>
public sealed class RecordingStateStore : IChannelStateStore
{
    private readonly ConcurrentDictionary<(string, string), byte> processed = new();

    public ConcurrentQueue<string> Calls { get; } = new();

    public ConcurrentQueue<ConversationReferenceData> References { get; } = new();

    public ConcurrentQueue<string> Blocked { get; } = new();

    public HashSet<string> KnownServiceUrls { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task<bool> TryMarkProcessedAsync(string channelId, string activityId, CancellationToken cancellationToken)
    {
        Calls.Enqueue(nameof(TryMarkProcessedAsync));
        return Task.FromResult(processed.TryAdd((channelId, activityId), 0));
    }

    public Task ReleaseProcessedAsync(string channelId, string activityId, CancellationToken cancellationToken)
    {
        Calls.Enqueue(nameof(ReleaseProcessedAsync));
        processed.TryRemove((channelId, activityId), out _);
        return Task.CompletedTask;
    }

    /// <summary>When set, the next reference write throws it once (a busy or unreachable database).</summary>
    public Exception? FailNextReferenceWrite { get; set; }

    public Task SaveConversationReferenceAsync(ConversationReferenceData reference, CancellationToken cancellationToken)
    {
        Calls.Enqueue(nameof(SaveConversationReferenceAsync));
        if (FailNextReferenceWrite is { } failure)
        {
            FailNextReferenceWrite = null;
            throw failure;
        }

        References.Enqueue(reference);
        lock (KnownServiceUrls)
        {
            KnownServiceUrls.Add(reference.ServiceUrl);
        }

        return Task.CompletedTask;
    }

    public Task<bool> IsKnownServiceUrlAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        Calls.Enqueue(nameof(IsKnownServiceUrlAsync));
        lock (KnownServiceUrls)
        {
            return Task.FromResult(KnownServiceUrls.Contains(serviceUrl));
        }
    }

    public Task MarkBlockedAsync(string conversationId, CancellationToken cancellationToken)
    {
        Calls.Enqueue(nameof(MarkBlockedAsync));
        Blocked.Enqueue(conversationId);
        return Task.CompletedTask;
    }
}
