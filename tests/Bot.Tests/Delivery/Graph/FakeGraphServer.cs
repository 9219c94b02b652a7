using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplianceBot.Bot.Tests.Delivery.Graph;

/// <summary>
/// A local stand-in for Microsoft Graph on loopback (Kestrel, port 0). It records every request, counts requests in
/// flight per /users/{id}/ mailbox, and answers through handlers the test sets: JSON, 429 with Retry-After, 503, slowly.
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _maxInFlight = new(StringComparer.OrdinalIgnoreCase);

    private FakeGraphServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Answers every request except $batch.</summary>
    public Func<RecordedRequest, FakeResponse> Handler { get; set; } = _ => FakeResponse.Json(200, "{}");

    /// <summary>Answers each step of a $batch.</summary>
    public Func<BatchStep, FakeResponse> BatchHandler { get; set; } = _ => FakeResponse.Json(404, """{"error":{"code":"ErrorItemNotFound","message":"x"}}""");

    /// <summary>Delay before each answer, to make requests overlap.</summary>
    public TimeSpan Latency { get; set; }

    public int MaxInFlight(string mailbox) => _maxInFlight.GetValueOrDefault(mailbox);

    public static async Task<FakeGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeGraphServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.TrimEnd('/') + "/v1.0";
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var request = new RecordedRequest(
            context.Request.Method,
            Uri.UnescapeDataString(context.Request.Path.Value ?? string.Empty),
            Uri.UnescapeDataString(context.Request.QueryString.Value ?? string.Empty),
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            _clock.Elapsed);
        Requests.Enqueue(request);
        var mailbox = request.Mailbox;
        if (mailbox is not null)
        {
            var now = _inFlight.AddOrUpdate(mailbox, 1, (_, n) => n + 1);
            _maxInFlight.AddOrUpdate(mailbox, now, (_, max) => Math.Max(max, now));
        }

        try
        {
            if (Latency > TimeSpan.Zero)
            {
                await Task.Delay(Latency);
            }

            var response = request.Path.EndsWith("/$batch", StringComparison.Ordinal) ? AnswerBatch(body) : Handler(request);
            context.Response.StatusCode = response.Status;
            foreach (var (name, value) in response.Headers)
            {
                context.Response.Headers[name] = value;
            }

            if (response.Body is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(response.Body);
            }
        }
        finally
        {
            if (mailbox is not null)
            {
                _inFlight.AddOrUpdate(mailbox, 0, (_, n) => n - 1);
            }
        }
    }

    private FakeResponse AnswerBatch(string body)
    {
        var responses = new JsonArray();
        foreach (var step in JsonNode.Parse(body)!["requests"]!.AsArray())
        {
            var id = step!["id"]!.GetValue<string>();
            var answer = BatchHandler(new BatchStep(id, step["method"]!.GetValue<string>(), step["url"]!.GetValue<string>()));
            var headers = new JsonObject { ["Content-Type"] = "application/json" };
            foreach (var (name, value) in answer.Headers)
            {
                headers[name] = value;
            }

            responses.Add(new JsonObject
            {
                ["id"] = id,
                ["status"] = answer.Status,
                ["headers"] = headers,
                ["body"] = answer.Body is null ? null : JsonNode.Parse(answer.Body),
            });
        }

        return FakeResponse.Json(200, new JsonObject { ["responses"] = responses }.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request as the fake server saw it; Path and Query are unescaped.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body, TimeSpan At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Mailbox
    {
        get
        {
            var segments = Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var index = Array.IndexOf(segments, "users");
            return index >= 0 && index + 2 < segments.Length ? segments[index + 1] : null;
        }
    }
}

public sealed record BatchStep(string Id, string Method, string Url);

public sealed record FakeResponse(int Status, string? Body, IReadOnlyDictionary<string, string> Headers)
{
    public static FakeResponse Json(int status, string body) => new(status, body, new Dictionary<string, string>());

    public static FakeResponse Empty(int status) => new(status, null, new Dictionary<string, string>());

    public static FakeResponse Throttled(int retryAfterSeconds) => new(
        429,
        """{"error":{"code":"ApplicationThrottled","message":"Too many requests"}}""",
        new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public static FakeResponse Unavailable() => Json(503, """{"error":{"code":"ServiceUnavailable","message":"Outage"}}""");
}
