using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Channel.Outbound;

/// <summary>
/// Bot Connector REST v3 over a pooled HttpClient: trusted serviceUrls only, client-side rate
/// limits, bounded retries of transient answers, and 403 MessageWritesBlocked recorded once.
/// </summary>
internal sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IConnectorTokenProvider tokens,
    TrustedServiceUrls trustedServiceUrls,
    ConnectorRateLimiter rateLimiter,
    IServiceScopeFactory scopeFactory,
    TimeProvider time,
    IOptions<TeamsOptions> options,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "TeamsConnector";

    public async Task<string?> ReplyAsync(ConversationAddress address, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var path = $"v3/conversations/{Uri.EscapeDataString(address.ConversationId)}/activities/{Uri.EscapeDataString(replyToId)}";
        var response = await SendAsync<ResourceResponse>(HttpMethod.Post, address, path, activity, cancellationToken);
        return response?.Id;
    }

    public async Task<string?> SendAsync(ConversationAddress address, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var path = $"v3/conversations/{Uri.EscapeDataString(address.ConversationId)}/activities";
        var response = await SendAsync<ResourceResponse>(HttpMethod.Post, address, path, activity, cancellationToken);
        return response?.Id;
    }

    public async Task UpdateAsync(ConversationAddress address, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id ??= activityId;
        var path = $"v3/conversations/{Uri.EscapeDataString(address.ConversationId)}/activities/{Uri.EscapeDataString(activityId)}";
        await SendAsync<ResourceResponse>(HttpMethod.Put, address, path, activity, cancellationToken);
    }

    public async Task DeleteAsync(ConversationAddress address, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var path = $"v3/conversations/{Uri.EscapeDataString(address.ConversationId)}/activities/{Uri.EscapeDataString(activityId)}";
        await SendAsync<ResourceResponse>(HttpMethod.Delete, address, path, body: null, cancellationToken);
    }

    public async Task<ConversationAddress> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string userId, CancellationToken cancellationToken)
    {
        var appId = options.Value.AppId;
        var request = new CreateConversationRequest(
            appId.Length == 0 ? null : new ChannelAccount { Id = appId.StartsWith("28:", StringComparison.Ordinal) ? appId : "28:" + appId },
            [new ChannelAccount { Id = userId }],
            tenantId,
            false,
            new { tenant = new { id = tenantId } });
        var address = new ConversationAddress(serviceUrl, "", tenantId);
        var response = await SendAsync<ConversationResourceResponse>(HttpMethod.Post, address, "v3/conversations", request, cancellationToken)
            ?? throw new ConnectorRequestException("The Connector created a conversation but returned no id.");
        return new ConversationAddress(response.ServiceUrl is { Length: > 0 } url ? url : serviceUrl, response.Id, tenantId);
    }

    private async Task<T?> SendAsync<T>(HttpMethod method, ConversationAddress address, string path, object? body, CancellationToken cancellationToken)
    {
        if (!await trustedServiceUrls.IsTrustedAsync(address.ServiceUrl, cancellationToken))
        {
            ChannelLog.UntrustedServiceUrl(logger);
            throw new UntrustedServiceUrlException("The serviceUrl was not seen in an authenticated activity.");
        }

        var uri = new Uri(ServiceUrls.Normalize(address.ServiceUrl) + "/" + path);
        var payload = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ChannelJson.Options);
        var client = httpClientFactory.CreateClient(HttpClientName);
        for (var attempt = 0; ; attempt++)
        {
            using var response = await SendOnceAsync(client, method, uri, address, payload, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return await ReadAsync<T>(response, cancellationToken);
            }

            if (response.StatusCode == HttpStatusCode.Forbidden && await IsWritesBlockedAsync(response, cancellationToken))
            {
                await RecordBlockedAsync(address.ConversationId);
                throw new ConversationBlockedException("The user removed or blocked the bot (MessageWritesBlocked).");
            }

            var delay = RetryDelays.For(response, attempt, time.GetUtcNow());
            if (!RetryDelays.IsTransient(response.StatusCode) || attempt >= options.Value.MaxRetries || delay > options.Value.MaxRetryDelay)
            {
                ChannelLog.ConnectorFailed(logger, (int)response.StatusCode);
                throw new ConnectorRequestException(response.StatusCode, $"Connector call failed with {(int)response.StatusCode}.");
            }

            ChannelLog.ConnectorRetry(logger, (int)response.StatusCode, attempt + 1, delay);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpClient client, HttpMethod method, Uri uri, ConversationAddress address, byte[]? payload, CancellationToken cancellationToken)
    {
        using var lease = await rateLimiter.AcquireAsync(address, cancellationToken);
        using var request = new HttpRequestMessage(method, uri);
        if (payload is not null)
        {
            request.Content = new ByteArrayContent(payload);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request, cancellationToken);
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength == 0)
        {
            return default;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<T>(ChannelJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            // Teams answers some updates with an empty or non-JSON body; the call still succeeded.
            return default;
        }
    }

    private static async Task<bool> IsWritesBlockedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return text.Contains("MessageWritesBlocked", StringComparison.OrdinalIgnoreCase)
            || text.Contains("ConversationBlockedByUser", StringComparison.OrdinalIgnoreCase);
    }

    private async Task RecordBlockedAsync(string conversationId)
    {
        ChannelLog.ConversationBlocked(logger);
        if (conversationId.Length == 0)
        {
            return;
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IChannelStateStore>().MarkBlockedAsync(conversationId, CancellationToken.None);
    }

    private sealed record ResourceResponse(string? Id);

    private sealed record ConversationResourceResponse(string Id, string? ServiceUrl, string? ActivityId);

    private sealed record CreateConversationRequest(ChannelAccount? Bot, List<ChannelAccount> Members, string TenantId, bool IsGroup, object ChannelData);
}
