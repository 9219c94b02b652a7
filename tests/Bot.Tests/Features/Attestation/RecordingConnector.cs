using System.Collections.Concurrent;
using ComplianceBot.Bot.Channel;

namespace ComplianceBot.Bot.Tests.Features.Attestation;

/// <summary>A thread-safe fake connector shared across hosts, so a restart keeps one record of what was sent.</summary>
internal sealed class RecordingConnector : IConnectorClient
{
    public ConcurrentQueue<(ConversationAddress Address, Activity Activity)> Sent { get; } = new();

    public ConcurrentQueue<Activity> Replies { get; } = new();

    public ConcurrentQueue<(ConversationAddress Address, string ActivityId)> Updates { get; } = new();

    public Task<string?> ReplyAsync(ConversationAddress address, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        Replies.Enqueue(activity);
        return Task.FromResult<string?>($"reply-{Replies.Count}");
    }

    public Task<string?> SendAsync(ConversationAddress address, Activity activity, CancellationToken cancellationToken)
    {
        Sent.Enqueue((address, activity));
        return Task.FromResult<string?>($"sent-{Guid.NewGuid():N}");
    }

    public Task UpdateAsync(ConversationAddress address, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        Updates.Enqueue((address, activityId));
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

    /// <summary>Who got a card: the personal conversation id carries the person's Entra id.</summary>
    public List<string> SentTo() => [.. Sent.Select(s => s.Address.ConversationId["personal-".Length..])];
}
