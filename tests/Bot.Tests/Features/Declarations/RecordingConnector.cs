using System.Collections.Concurrent;
using ComplianceBot.Bot.Channel;

namespace ComplianceBot.Bot.Tests.Features.Declarations;

/// <summary>A thread-safe fake Bot Connector: records replies, proactive sends (by conversation) and updates.</summary>
internal sealed class RecordingConnector : IConnectorClient
{
    public ConcurrentQueue<Activity> Replies { get; } = new();

    public ConcurrentQueue<(string ConversationId, string ActivityId, Activity Activity)> Sent { get; } = new();

    public ConcurrentQueue<(string ConversationId, string ActivityId, Activity Activity)> Updates { get; } = new();

    private int sequence;

    public Task<string?> ReplyAsync(ConversationAddress address, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        Replies.Enqueue(activity);
        return Task.FromResult<string?>($"reply-{Interlocked.Increment(ref sequence)}");
    }

    public Task<string?> SendAsync(ConversationAddress address, Activity activity, CancellationToken cancellationToken)
    {
        var id = $"sent-{Interlocked.Increment(ref sequence)}";
        Sent.Enqueue((address.ConversationId, id, activity));
        return Task.FromResult<string?>(id);
    }

    public Task UpdateAsync(ConversationAddress address, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        Updates.Enqueue((address.ConversationId, activityId, activity));
        return Task.CompletedTask;
    }

    public ConcurrentQueue<(ConversationAddress Address, string ActivityId)> Deleted { get; } = new();

    public Task DeleteAsync(ConversationAddress address, string activityId, CancellationToken cancellationToken)
    {
        Deleted.Enqueue((address, activityId));
        return Task.CompletedTask;
    }

    public Task<ConversationAddress> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(new ConversationAddress(serviceUrl, $"personal-{userId}", tenantId));
}
