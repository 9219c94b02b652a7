using System.Net;
using ComplianceBot.Bot.Channel;

namespace ComplianceBot.Bot.Tests.Integration;

/// <summary>A connector that records every call with its address and can be told to fail.</summary>
internal sealed class RecordingConnector : IConnectorClient
{
    private int _ids;

    public List<(ConversationAddress Address, Activity Activity, string Id)> Sent { get; } = [];

    public List<(ConversationAddress Address, string ActivityId, Activity Activity)> Updates { get; } = [];

    public List<(string ServiceUrl, string TenantId, string UserId)> Created { get; } = [];

    /// <summary>When set, every call throws it (an outage, a block...).</summary>
    public Exception? FailWith { get; set; }

    /// <summary>Runs when a send starts, before any failure is thrown.</summary>
    public Action? BeforeSend { get; set; }

    /// <summary>Runs after a send was recorded, as if the Connector had accepted it.</summary>
    public Action? AfterSend { get; set; }

    public static ConnectorRequestException Status(HttpStatusCode status) => new(status, $"Connector answered {(int)status}.");

    public Task<string?> ReplyAsync(ConversationAddress address, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(address, activity, cancellationToken);

    public Task<string?> SendAsync(ConversationAddress address, Activity activity, CancellationToken cancellationToken)
    {
        BeforeSend?.Invoke();
        ThrowIfFailing();
        var id = $"activity-{Interlocked.Increment(ref _ids)}";
        lock (Sent)
        {
            Sent.Add((address, activity, id));
        }

        AfterSend?.Invoke();

        return Task.FromResult<string?>(id);
    }

    public Task UpdateAsync(ConversationAddress address, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        lock (Updates)
        {
            Updates.Add((address, activityId, activity));
        }

        return Task.CompletedTask;
    }

    public System.Collections.Concurrent.ConcurrentQueue<(ConversationAddress Address, string ActivityId)> Deleted { get; } = new();

    public Task DeleteAsync(ConversationAddress address, string activityId, CancellationToken cancellationToken)
    {
        Deleted.Enqueue((address, activityId));
        return Task.CompletedTask;
    }

    public Task<ConversationAddress> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken cancellationToken)
    {
        ThrowIfFailing();
        Created.Add((serviceUrl, tenantId, userId));
        return Task.FromResult(new ConversationAddress(serviceUrl, $"new-chat-with-{userId}", tenantId));
    }

    private void ThrowIfFailing()
    {
        if (FailWith is { } failure)
        {
            throw failure;
        }
    }
}
