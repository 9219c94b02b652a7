using System.Collections.Concurrent;

namespace ComplianceBot.Bot.Channel.State;

/// <summary>
/// The default until the registers' database implementation is registered (AddRegisters runs
/// first and wins). One instance only: state is lost on restart and not shared, so start-up
/// warns when it is used outside Development.
/// </summary>
internal sealed class InMemoryChannelStateStore(TimeProvider time) : IChannelStateStore
{
    // Redeliveries arrive within minutes; an hour is ample and bounds memory.
    private static readonly TimeSpan ProcessedRetention = TimeSpan.FromHours(1);
    private const int TrimThreshold = 100_000;

    private readonly ConcurrentDictionary<(string, string), DateTimeOffset> processed = new();
    private readonly ConcurrentDictionary<(string, string?), ConversationReferenceData> references = new();
    private readonly ConcurrentDictionary<string, byte> serviceUrls = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, byte> blocked = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ConversationReferenceData> References => [.. references.Values];

    public IReadOnlyCollection<string> BlockedConversations => [.. blocked.Keys];

    public Task<bool> TryMarkProcessedAsync(string channelId, string activityId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (processed.Count > TrimThreshold)
        {
            foreach (var (key, at) in processed)
            {
                if (now - at > ProcessedRetention)
                {
                    processed.TryRemove(key, out _);
                }
            }
        }

        return Task.FromResult(processed.TryAdd((channelId, activityId), now));
    }

    public Task ReleaseProcessedAsync(string channelId, string activityId, CancellationToken cancellationToken)
    {
        processed.TryRemove((channelId, activityId), out _);
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
