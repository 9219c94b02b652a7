using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace ComplianceBot.Bot.Tests.ChannelTestSupport;

/// <summary>A scripted Bot Connector: answers from a queue (last answer repeats) and records each request and when it came.</summary>
public sealed class FakeConnectorHandler(TimeProvider time) : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> answers = new();
    private Func<HttpResponseMessage> last = () => Json(HttpStatusCode.Created, """{"id":"new-activity"}""");

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public FakeConnectorHandler Then(Func<HttpResponseMessage> answer)
    {
        answers.Enqueue(answer);
        return this;
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body, time.GetUtcNow()));
        if (answers.TryDequeue(out var answer))
        {
            last = answer;
        }

        return last();
    }
}

public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string Body, DateTimeOffset At);
