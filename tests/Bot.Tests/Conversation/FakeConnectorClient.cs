using ComplianceBot.Bot.Channel;

namespace ComplianceBot.Bot.Tests.Conversation;

/// <summary>Records what the bot would send to the Bot Connector; no network.</summary>
internal sealed class FakeConnectorClient : IConnectorClient
{
    public List<(string ReplyToId, Activity Activity)> Replies { get; } = [];

    public List<Activity> Sent { get; } = [];

    public List<(string ActivityId, Activity Activity)> Updates { get; } = [];

    /// <summary>Every activity posted as a new message, replies and sends alike.</summary>
    public IEnumerable<Activity> Posted => Replies.Select(r => r.Activity).Concat(Sent);

    public Task<string?> ReplyAsync(ConversationAddress address, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        Replies.Add((replyToId, activity));
        return Task.FromResult<string?>($"reply-{Replies.Count}");
    }

    public Task<string?> SendAsync(ConversationAddress address, Activity activity, CancellationToken cancellationToken)
    {
        Sent.Add(activity);
        return Task.FromResult<string?>($"sent-{Sent.Count}");
    }

    public Task UpdateAsync(ConversationAddress address, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        Updates.Add((activityId, activity));
        return Task.CompletedTask;
    }

    public List<(ConversationAddress Address, string ActivityId)> Deleted { get; } = [];

    public Task DeleteAsync(ConversationAddress address, string activityId, CancellationToken cancellationToken)
    {
        Deleted.Add((address, activityId));
        return Task.CompletedTask;
    }

    public Task<ConversationAddress> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(new ConversationAddress(serviceUrl, $"personal-{userId}", tenantId));
}
