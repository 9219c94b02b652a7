using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ComplianceBot.Bot.Operations.Telemetry;
using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace ComplianceBot.Bot.Tests.Operations.Telemetry;

/// <summary>Reg. 23.2, decision 117: exported spans and HTTP logs carry no conversation id, user id or query string.</summary>
public sealed class TelemetryRedactionTests
{
    private const string Conversation = "a:1Xq-reporter-conversation";
    private const string User = "aad-5e1f-reporter-secret";

    // A Connector call to the reporter's conversation, through the bot's own tracing configuration, exported in memory.
    [Fact]
    public async Task ConnectorCall_SpanExported_HoldsNoConversationIdOrQuery()
    {
        var spans = new List<Activity>();
        using (var tracing = TelemetryExtensions.ConfigureTracing(Sdk.CreateTracerProviderBuilder()).AddInMemoryExporter(spans).Build())
        using (var http = new HttpClient())
        {
            var url = $"http://127.0.0.1:{ClosedPort()}/v3/conversations/{Uri.EscapeDataString(Conversation)}/activities/17?user={User}";
            await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync(new Uri(url), new StringContent("{}")));
        }

        var span = Assert.Single(spans, s => s.Kind == ActivityKind.Client);
        var exported = string.Join('\n', span.TagObjects.Select(t => $"{t.Key}={t.Value}").Append(span.DisplayName).Append(span.StatusDescription ?? ""));
        Assert.Contains("/v3/conversations/{id}/activities/{id}", exported, StringComparison.Ordinal);
        Assert.DoesNotContain("reporter", exported, StringComparison.Ordinal);
        Assert.DoesNotContain(User, exported, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/a%3A1Xq/activities/1234", "https://smba.trafficmanager.net/emea/v3/conversations/{id}/activities/{id}")]
    [InlineData("https://graph.microsoft.com/v1.0/users/aad-1/events?$filter=x", "https://graph.microsoft.com/v1.0/users/{id}/events")]
    [InlineData("/api/messages", "/api/messages")]
    [InlineData("/v3/conversations/29:abc/members/29:user", "/v3/conversations/{id}/members/{id}")]
    public void RedactUrl_IdsAndQuery_Replaced(string url, string expected) => Assert.Equal(expected, TelemetryRedaction.RedactUrl(url));

    // The HTTP client's log line names the host and the path's shape only.
    [Fact]
    public void HttpLogger_ConnectorCall_LogsNoConversationId()
    {
        var lines = new List<string>();
        var logger = new RedactedHttpClientLogger(new ListLogger(lines));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"https://smba.example.test/v3/conversations/{Conversation}/activities?u={User}");
        using var response = new HttpResponseMessage(HttpStatusCode.OK);

        ((IHttpClientLogger)logger).LogRequestStop(null, request, response, TimeSpan.FromMilliseconds(3));

        var line = Assert.Single(lines);
        Assert.Contains("smba.example.test/v3/conversations/{id}/activities", line, StringComparison.Ordinal);
        Assert.DoesNotContain("reporter", line, StringComparison.Ordinal);
        Assert.DoesNotContain(User, line, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class ListLogger(List<string> lines) : ILogger<RedactedHttpClientLogger>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => NullLogger.Instance.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            lines.Add(formatter(state, exception) + " | " + values);
        }
    }
}
