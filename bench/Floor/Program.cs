using ComplianceBot.Bench.Floor;

// The floor: parse the activity and post one card reply to the fake connector with a pooled
// HttpClient. No authentication, no database: what any bot must at least do.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddHttpClient(FloorEndpoint.ClientName);
var app = builder.Build();
app.MapPost("/api/messages", FloorEndpoint.HandleAsync);
await app.RunAsync();
