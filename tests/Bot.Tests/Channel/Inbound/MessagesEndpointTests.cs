using System.Net;
using System.Text.Json;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Tests.ChannelTestSupport;

namespace ComplianceBot.Bot.Tests.Channel.Inbound;

/// <summary>What happens to an authenticated activity: de-duplication, references, dispatch, invoke answers.</summary>
public sealed class MessagesEndpointTests : IClassFixture<ChannelAppFactory>
{
    private readonly ChannelAppFactory factory;

    public MessagesEndpointTests(ChannelAppFactory factory)
    {
        this.factory = factory;
        factory.Handler.Behaviour = (_, _) => Task.FromResult<InvokeResponse?>(null);
    }

    [Fact]
    public async Task PostMessages_SameActivityTwice_IsHandledOnce()
    {
        var activity = ActivityJson.Message();
        var id = activity["id"]!.GetValue<string>();
        var client = factory.CreateClient();

        using var first = await client.SendAsync(ActivityJson.Request(activity, factory.Issuer.CreateToken()));
        using var second = await client.SendAsync(ActivityJson.Request(activity, factory.Issuer.CreateToken()));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(factory.Handler.Received, received => received.Id == id);
    }

    [Fact]
    public async Task PostMessages_AuthenticatedActivity_RecordsConversationReference()
    {
        var activity = ActivityJson.Message();
        activity["conversation"]!["id"] = "a:reference-test";
        var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityJson.Request(activity, factory.Issuer.CreateToken()));

        var reference = Assert.Single(factory.Store.References, stored => stored.ConversationId == "a:reference-test");
        Assert.Equal(
            new ConversationReferenceData("msteams", "https://smba.test/emea", "a:reference-test", "personal", "tenant-1", "29:user-1", "aad-user-1", "28:" + TestIssuer.AppId, "ru-RU"),
            reference);
    }

    [Fact]
    public async Task PostMessages_UnknownFields_ReachHandlerUnchanged()
    {
        var client = factory.CreateClient();
        var activity = ActivityJson.Message();
        activity["futureField"] = "kept";

        using var response = await client.SendAsync(ActivityJson.Request(activity, factory.Issuer.CreateToken()));

        var received = Assert.Single(factory.Handler.Received, item => item.Id == activity["id"]!.GetValue<string>());
        Assert.Equal("kept", received.ExtensionData!["futureField"].GetString());
        Assert.Equal(42, received.ChannelData!.Value.GetProperty("unknownField").GetInt32());
    }

    [Fact]
    public async Task PostMessages_Invoke_ReturnsHandlersInvokeResponse()
    {
        factory.Handler.Behaviour = (_, _) => Task.FromResult<InvokeResponse?>(
            new InvokeResponse(200, new { statusCode = 200, type = "application/vnd.microsoft.card.adaptive", value = new { type = "AdaptiveCard", version = "1.5" } }));
        var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityJson.Request(ActivityJson.Invoke(), factory.Issuer.CreateToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("1.5", body.RootElement.GetProperty("value").GetProperty("version").GetString());
    }

    [Fact]
    public async Task PostMessages_InvokeSlowerThanTimeout_AnswersFallbackAndFinishesInBackground()
    {
        var release = new TaskCompletionSource();
        var finished = new TaskCompletionSource();
        factory.Handler.Behaviour = async (_, _) =>
        {
            await release.Task;
            finished.SetResult();
            return new InvokeResponse(200, null);
        };
        var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityJson.Request(ActivityJson.Invoke(), factory.Issuer.CreateToken()));
        release.SetResult();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Запрос принят и обрабатывается.", body.RootElement.GetProperty("value").GetString());
        await finished.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    // An HttpClient timeout inside the handler surfaces as a cancellation: it must release the id too.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PostMessages_HandlerThrowsOrTimesOut_Returns500AndAllowsRedelivery(bool timesOut)
    {
        var attempts = 0;
        factory.Handler.Behaviour = (_, _) => ++attempts == 1
            ? throw (timesOut ? new TaskCanceledException("HttpClient timeout") : new InvalidOperationException("boom"))
            : Task.FromResult<InvokeResponse?>(null);
        var activity = ActivityJson.Message();
        var client = factory.CreateClient();

        using var failed = await client.SendAsync(ActivityJson.Request(activity, factory.Issuer.CreateToken()));
        using var redelivered = await client.SendAsync(ActivityJson.Request(activity, factory.Issuer.CreateToken()));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(string.Empty, await failed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task PostMessages_ReferenceWriteFails_Returns500AndTheRedeliveryIsActedOn()
    {
        var handled = 0;
        factory.Handler.Behaviour = (_, _) =>
        {
            Interlocked.Increment(ref handled);
            return Task.FromResult<InvokeResponse?>(null);
        };
        factory.Store.FailNextReferenceWrite = new InvalidOperationException("database is locked");
        var activity = ActivityJson.Message();
        var client = factory.CreateClient();

        using var failed = await client.SendAsync(ActivityJson.Request(activity, factory.Issuer.CreateToken()));
        using var redelivered = await client.SendAsync(ActivityJson.Request(activity, factory.Issuer.CreateToken()));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(1, handled);
    }

    [Fact]
    public async Task PostMessages_MalformedJson_Returns400WithoutHandling()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", factory.Issuer.CreateToken());
        var before = factory.Handler.Received.Count;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, factory.Handler.Received.Count);
    }
}
