using ComplianceBot.Graph.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Graph.Tests.Remote;

public sealed class GraphMailSenderTests : IAsyncLifetime
{
    private FakeGraphServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeGraphServer.StartAsync();
        _services = GraphTestHost.Create(_server.BaseUrl, new FakeTokenCredential());
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_Notice_PostsSendMailWithHtmlBodyAndSaveToSentItems()
    {
        _server.Handler = _ => FakeResponse.Empty(202);
        var mail = new OutgoingMail
        {
            To = ["director@contoso.kz"],
            Cc = ["officer@contoso.kz"],
            Subject = "Уведомление: новое сообщение",
            HtmlBody = "<p>Поступило сообщение (п. 23.3).</p>",
            IdempotencyKey = "outbox-7",
        };

        await _services.GetRequiredService<IMailSender>().SendAsync(mail, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/v1.0/users/compliance@contoso.kz/sendMail"), (request.Method, request.Path));
        var body = request.Json;

        // The SDK names the action's parameters as Graph's metadata does ("Message", "SaveToSentItems"); Graph
        // matches action parameter names case-insensitively.
        Assert.True(body.GetProperty("SaveToSentItems").GetBoolean());
        var message = body.GetProperty("Message");
        Assert.Equal("Уведомление: новое сообщение", message.GetProperty("subject").GetString());
        Assert.Equal("html", message.GetProperty("body").GetProperty("contentType").GetString());
        Assert.Equal("<p>Поступило сообщение (п. 23.3).</p>", message.GetProperty("body").GetProperty("content").GetString());
        Assert.Equal("director@contoso.kz", message.GetProperty("toRecipients")[0].GetProperty("emailAddress").GetProperty("address").GetString());
        Assert.Equal("officer@contoso.kz", message.GetProperty("ccRecipients")[0].GetProperty("emailAddress").GetProperty("address").GetString());
        var header = message.GetProperty("internetMessageHeaders")[0];
        Assert.Equal(("X-ComplianceBot-Key", "outbox-7"), (header.GetProperty("name").GetString(), header.GetProperty("value").GetString()));
    }
}
