using System.Globalization;
using ComplianceBot.Bench.FakeTeams;

// A local stand-in for the Bot Connector that enforces Teams' per-app limit (default 50 requests in any
// one-second window; beyond it 429 with Retry-After) and records every message by conversation, so the
// benchmark counts deliveries, losses and duplicates where they land.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
var rate = int.Parse(Environment.GetEnvironmentVariable("FAKE_RATE") ?? "50", CultureInfo.InvariantCulture);
var limiter = new SlidingWindowLimit(rate, TimeSpan.FromSeconds(1));
var ledger = new Ledger();

IResult Receive(string conversationId, bool count)
{
    if (!limiter.TryAcquire())
    {
        ledger.Throttled();
        return Results.Text("{\"error\":{\"code\":\"TooManyRequests\"}}", "application/json", statusCode: 429);
    }

    if (count)
    {
        ledger.Record(conversationId);
    }

    return Results.Json(new { id = Guid.NewGuid().ToString("N") }, statusCode: 201);
}

app.Use(async (context, next) =>
{
    context.Response.OnStarting(() =>
    {
        if (context.Response.StatusCode == 429)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        return Task.CompletedTask;
    });
    await next(context);
});
app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId) => Receive(conversationId, count: true));
app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId) => Receive(conversationId, count: false));
app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId) => Receive(conversationId, count: false));
app.MapPost("/v3/conversations", () => limiter.TryAcquire()
    ? Results.Json(new { id = "personal-" + Guid.NewGuid().ToString("N") }, statusCode: 201)
    : Results.StatusCode(429));
app.MapGet("/stats", () => Results.Text(ledger.Snapshot(), "text/plain"));
app.MapPost("/reset", () => ledger.Reset());
await app.RunAsync();
