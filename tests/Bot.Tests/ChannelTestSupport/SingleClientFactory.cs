namespace ComplianceBot.Bot.Tests.ChannelTestSupport;

/// <summary>IHttpClientFactory over one handler, for unit tests of HTTP-using classes.</summary>
public sealed class SingleClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}
