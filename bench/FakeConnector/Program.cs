using ComplianceBot.Bench.FakeConnector;

// A local Bot Framework for the benchmark: the token service (OpenID metadata, JWKS with
// endorsements, RS256 tokens for the load generator), the App Service managed-identity endpoint
// the bot's Azure.Identity credential calls, a Connector that counts the replies it receives, and
// an empty Graph directory for the bot's directory sync.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
using var issuer = new BenchIssuer();
var counter = new ReplyCounter();

app.MapGet("/v1/.well-known/openidconfiguration", (HttpRequest request) => Results.Text(issuer.Metadata(BaseUrl(request)), "application/json"));
app.MapGet("/v1/keys", () => Results.Text(issuer.Jwks(), "application/json"));
app.MapGet("/token", (HttpRequest request, string appId, string? serviceUrl) =>
    Results.Text(issuer.CreateToken(appId, serviceUrl ?? BaseUrl(request) + "/")));
app.MapGet("/msi/token", () => Results.Json(BenchIssuer.ManagedIdentityToken()));
app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId) => counter.Reply());
app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId) => counter.Reply());
app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId) => counter.Reply());
app.MapPost("/v3/conversations", () => Results.Json(new { id = "bench-" + Guid.NewGuid().ToString("N") }, statusCode: 201));
app.MapGet("/count", () => counter.Count);

// Microsoft Graph's users delta, as an empty directory: the bot's directory sync succeeds once at
// start-up and waits its interval (6 h), as in a healthy deployment, instead of failing every minute.
// The Graph SDK asks for "/users/delta()" (the OData function call) and then follows the deltaLink.
app.MapGet("/v1.0/users/{function}", (HttpRequest request, string function) => function is "delta" or "delta()"
    ? Results.Json(new Dictionary<string, object>
    {
        ["@odata.context"] = BaseUrl(request) + "/v1.0/$metadata#users",
        ["value"] = Array.Empty<object>(),
        ["@odata.deltaLink"] = BaseUrl(request) + "/v1.0/users/delta?$deltatoken=bench",
    })
    : Results.NotFound());

await app.RunAsync();

static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";
