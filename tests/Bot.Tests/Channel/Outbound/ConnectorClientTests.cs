using System.Net;
using System.Text.Json;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Channel.Outbound;
using ComplianceBot.Bot.Tests.ChannelTestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Channel.Outbound;

public sealed class ConnectorClientTests : IDisposable
{
    private const string ServiceUrl = "https://smba.test/emea/";
    private static readonly ConversationAddress Address = new(ServiceUrl, "a:conv-1", "tenant-1");

    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2026-11-25T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly RecordingStateStore store = new();
    private readonly FakeConnectorHandler connector;
    private readonly ServiceProvider services;
    private readonly ConnectorRateLimiter limiter;
    private readonly ConnectorClient client;

    public ConnectorClientTests()
    {
        connector = new FakeConnectorHandler(time);
        store.KnownServiceUrls.Add("https://smba.test/emea");
        services = new ServiceCollection().AddSingleton<IChannelStateStore>(store).BuildServiceProvider();
        var options = Options.Create(new TeamsOptions { AppId = "app-id", MaxRetries = 2 });
        options.Value.AllowedServiceUrlHosts.Add("smba.test");
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        limiter = new ConnectorRateLimiter(options, time);
        client = new ConnectorClient(
            new SingleClientFactory(connector), new FixedTokenProvider("token-1"), new TrustedServiceUrls(scopes, new ServiceUrlPolicy(options, isDevelopment: false)), limiter, scopes, time, options, NullLogger<ConnectorClient>.Instance);
    }

    [Fact]
    public async Task ReplyAsync_TrustedServiceUrl_PostsToReplyRouteWithBearerToken()
    {
        var id = await client.ReplyAsync(Address, "act-1", new Activity { Type = "message", Text = "hi" }, default);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("new-activity", id);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://smba.test/emea/v3/conversations/a%3Aconv-1/activities/act-1", request.Uri.AbsoluteUri);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.Equal("hi", JsonDocument.Parse(request.Body).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task UpdateAsync_Card_PutsToActivityRoute()
    {
        await client.UpdateAsync(Address, "act-9", new Activity { Type = "message" }, default);

        var request = Assert.Single(connector.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.EndsWith("/v3/conversations/a%3Aconv-1/activities/act-9", request.Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    // Decision 121: the receipt is removed with the Connector's DELETE on the bot's own activity, with the bot's token.
    [Fact]
    public async Task DeleteAsync_Activity_DeletesTheActivityRouteWithBearerTokenAndNoBody()
    {
        await client.DeleteAsync(Address, "act-7", default);

        var request = Assert.Single(connector.Requests);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal("https://smba.test/emea/v3/conversations/a%3Aconv-1/activities/act-7", request.Uri.AbsoluteUri);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.True(string.IsNullOrEmpty(request.Body));
    }

    [Fact]
    public async Task CreatePersonalConversationAsync_User_PostsBotMemberAndTenant()
    {
        connector.Then(() => FakeConnectorHandler.Json(HttpStatusCode.Created, """{"id":"a:new-chat"}"""));

        var address = await client.CreatePersonalConversationAsync(ServiceUrl, "tenant-1", "29:user-7", default);

        var body = JsonDocument.Parse(Assert.Single(connector.Requests).Body).RootElement;
        Assert.Equal(new ConversationAddress(ServiceUrl, "a:new-chat", "tenant-1"), address);
        Assert.Equal("28:app-id", body.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("29:user-7", body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.GetProperty("tenantId").GetString());
        Assert.False(body.GetProperty("isGroup").GetBoolean());
    }

    [Fact]
    public async Task SendAsync_UnknownServiceUrl_IsRefusedWithoutRequest()
    {
        var forged = Address with { ServiceUrl = "https://attacker.test/" };

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.SendAsync(forged, new Activity(), default));

        Assert.Empty(connector.Requests);
    }

    // A reference stored before the host rule existed (or written by hand) still gets no token (decision 112).
    [Theory]
    [InlineData("https://attacker.test/")]
    [InlineData("http://smba.test/emea/")]
    [InlineData("https://smba.test:8443/emea/")]
    public async Task SendAsync_SeenServiceUrlOutsideTheAllowList_IsRefusedWithoutRequest(string serviceUrl)
    {
        store.KnownServiceUrls.Add(serviceUrl.TrimEnd('/'));

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => client.SendAsync(Address with { ServiceUrl = serviceUrl }, new Activity(), default));

        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfter_WaitsThenSucceeds()
    {
        connector.Then(() =>
        {
            var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(3));
            return throttled;
        }).Then(() => FakeConnectorHandler.Json(HttpStatusCode.Created, """{"id":"after-retry"}"""));

        var id = await RunWithClock(client.SendAsync(Address, new Activity(), default));

        var requests = connector.Requests.ToArray();
        Assert.Equal("after-retry", id);
        Assert.Equal(2, requests.Length);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(3), $"retried after {requests[1].At - requests[0].At}");
    }

    [Fact]
    public async Task SendAsync_502Always_GivesUpAfterMaxRetries()
    {
        connector.Then(() => new HttpResponseMessage(HttpStatusCode.BadGateway));

        var error = await Assert.ThrowsAsync<ConnectorRequestException>(() => RunWithClock(client.SendAsync(Address, new Activity(), default)));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal(3, connector.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_403MessageWritesBlocked_RecordsBlockAndDoesNotRetry()
    {
        connector.Then(() => FakeConnectorHandler.Json(HttpStatusCode.Forbidden, """{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked","message":"Thread is blocked"}}"""));

        await Assert.ThrowsAsync<ConversationBlockedException>(() => RunWithClock(client.SendAsync(Address, new Activity(), default)));

        Assert.Single(connector.Requests);
        Assert.Equal(["a:conv-1"], store.Blocked);
    }

    [Fact]
    public async Task SendAsync_OtherForbidden_FailsWithoutRecordingBlock()
    {
        connector.Then(() => FakeConnectorHandler.Json(HttpStatusCode.Forbidden, """{"error":{"code":"BotDisabledByAdmin"}}"""));

        var error = await Assert.ThrowsAsync<ConnectorRequestException>(() => client.SendAsync(Address, new Activity(), default));

        Assert.IsNotType<ConversationBlockedException>(error);
        Assert.Single(connector.Requests);
        Assert.Empty(store.Blocked);
    }

    public void Dispose()
    {
        limiter.Dispose();
        services.Dispose();
        connector.Dispose();
    }

    // Moves the fake clock while the call waits on it; real time only lets continuations run.
    private async Task<T> RunWithClock<T>(Task<T> call)
    {
        for (var i = 0; i < 200 && !call.IsCompleted; i++)
        {
            await Task.Delay(5);
            time.Advance(TimeSpan.FromMilliseconds(500));
        }

        return await call;
    }

    private sealed class FixedTokenProvider(string token) : IConnectorTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
    }
}
