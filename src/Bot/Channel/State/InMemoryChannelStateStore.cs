using System.Collections.Concurrent;

namespace ComplianceBot.Bot.Channel.State;

/// <summary>
/// The default until the registers' database implementation is registered (AddRegisters runs
/// first and wins). One instance only: state is lost on restart and not shared, so start-up
/// warns when it is used outside Development.
/// </summary>
internal sealed class InMemoryChannelStateStore : IChannelStateStore
{
    // Two generations of processed ids: O(1) per call, memory bounded at twice the generation size,
    // and a redelivery (minutes later, a few activities back) is still recognised.
    internal const int GenerationSize = 20_000;

    private readonly Lock rotation = new();
    private volatile ConcurrentDictionary<(string, string), byte> current = new();
    private volatile ConcurrentDictionary<(string, string), byte> previous = new();
    private int added; // ConcurrentDictionary.Count takes every lock; this is cheap.
    private readonly ConcurrentDictionary<(string, string?), ConversationReferenceData> references = new();
    private readonly ConcurrentDictionary<string, byte> serviceUrls = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, byte> blocked = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ConversationReferenceData> References => [.. references.Values];

    public IReadOnlyCollection<string> BlockedConversations => [.. blocked.Keys];

    public Task<bool> TryMarkProcessedAsync(string channelId, string activityId, CancellationToken cancellationToken)
    {
        var key = (channelId, activityId);
        if (Volatile.Read(ref added) >= GenerationSize)
        {
            lock (rotation)
            {
                if (added >= GenerationSize)
                {
                    previous = current;
                    current = new();
                    added = 0;
                }
            }
        }

        var isNew = !previous.ContainsKey(key) && current.TryAdd(key, 0);
        if (isNew)
        {
            Interlocked.Increment(ref added);
        }

        return Task.FromResult(isNew);
    }

    public Task ReleaseProcessedAsync(string channelId, string activityId, CancellationToken cancellationToken)
    {
        current.TryRemove((channelId, activityId), out _);
        previous.TryRemove((channelId, activityId), out _);
        return Task.CompletedTask;
    }

    public Task SaveConversationReferenceAsync(ConversationReferenceData reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        references[(reference.ConversationId, reference.UserId)] = reference;
        serviceUrls.TryAdd(reference.ServiceUrl, 0);
        blocked.TryRemove(reference.ConversationId, out _);
        return Task.CompletedTask;
    }

    public Task<bool> IsKnownServiceUrlAsync(string serviceUrl, CancellationToken cancellationToken) =>
        Task.FromResult(serviceUrls.ContainsKey(serviceUrl));

    public Task MarkBlockedAsync(string conversationId, CancellationToken cancellationToken)
    {
        blocked.TryAdd(conversationId, 0);
        return Task.CompletedTask;
    }
}
