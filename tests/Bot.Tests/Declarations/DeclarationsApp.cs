using System.Net.Http.Json;
using System.Text.Json;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ComplianceBot.Bot.Tests.Declarations;

/// <summary>
/// The whole bot over a real SQLite file, with the Bot Connector faked and the outbox worker off, so a test
/// runs the dispatcher itself. Two instances on the same directory model a restart.
/// </summary>
internal sealed class DeclarationsApp : WebApplicationFactory<Program>
{
    public const string Tenant = "tenant-1";
    private static int activityNumber;

    public DeclarationsApp(string dataDirectory, string? director = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        DataDirectory = dataDirectory;
        Director = director;
        Settings = settings ?? new Dictionary<string, string?>();
    }

    /// <summary>More configuration, e.g. the daily digest.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public string DataDirectory { get; }

    public string? Director { get; }

    public RecordingConnector Connector { get; } = new();

    /// <summary>More test services, applied after the fake Connector (e.g. a static OpenID Connect configuration).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>When set, every log event of the host at Trace is captured here.</summary>
    public Reports.CapturingLoggerProvider? Logs { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Registers:DataDirectory"] = DataDirectory,
            ["Graph:LocalMailboxPath"] = Path.Combine(DataDirectory, "mailbox"),
            ["Outbox:WorkerEnabled"] = "false",
            ["Declarations:PublicBaseUrl"] = "http://localhost/",
            ["Organization:DirectorAadObjectId"] = Director ?? "",
        }.Concat(Settings)));
        if (Logs is { } logs)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IConnectorClient>();
            services.AddSingleton<IConnectorClient>(Connector);
            TestServices?.Invoke(services);
        });
    }

    /// <summary>Records the director's decision appointing an officer for a term around today.</summary>
    public async Task AppointAsync(string aad, string name, string language = "en")
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<RegisterClock>();
        if (await db.Employees.FindAsync(aad) is null)
        {
            db.Employees.Add(Employee.Create(aad, Tenant, name, language, clock.Now));
        }

        db.OfficerAppointments.Add(OfficerAppointment.Record(aad, "No. 12", clock.Today.AddDays(-10), clock.Today.AddDays(-10), clock.Today.AddYears(1), "test", clock.Now));
        await db.SaveChangesAsync();
    }

    public async Task<T> WithDbAsync<T>(Func<RegistersDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<RegistersDbContext>());
    }

    /// <summary>Runs the outbox dispatcher until nothing is due.</summary>
    public async Task DeliverOutboxAsync()
    {
        var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
        while (await dispatcher.RunOnceAsync(CancellationToken.None) > 0)
        {
        }
    }

    /// <summary>A typed message from <paramref name="user"/>; the replies land in <see cref="Connector"/>.</summary>
    public async Task SayAsync(TestUser user, string text)
    {
        var activity = Base(user, ActivityTypes.Message);
        activity.Text = text;
        (await Post(activity)).EnsureSuccessStatusCode();
    }

    /// <summary>Action.Submit (a menu button): the card it posts is the last reply.</summary>
    public async Task<JsonElement> SubmitAsync(TestUser user, string verb, Dictionary<string, string>? data = null)
    {
        var activity = Base(user, ActivityTypes.Message);
        var value = new Dictionary<string, string>(data ?? []) { ["verb"] = verb };
        activity.Value = JsonSerializer.SerializeToElement(value);
        (await Post(activity)).EnsureSuccessStatusCode();
        return ConversationTestHost.CardOf(Connector.Replies.Last());
    }

    /// <summary>Action.Execute: the card that replaces the acted-on card.</summary>
    public async Task<JsonElement> ExecuteAsync(TestUser user, string verb, Dictionary<string, string?> data, bool expectCard = true)
    {
        var activity = Base(user, ActivityTypes.Invoke);
        activity.Name = ActivityTypes.AdaptiveCardAction;
        activity.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", title = "Go", verb, data } });
        var response = await Post(activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var type = expectCard ? "application/vnd.microsoft.card.adaptive" : "application/vnd.microsoft.activity.message";
        Assert.Equal(type, body.GetProperty("type").GetString());
        return body.GetProperty("value");
    }

    private Task<HttpResponseMessage> Post(Activity activity) =>
        CreateClient().PostAsync("/api/messages", new StringContent(JsonSerializer.Serialize(activity, ChannelJson.Options), System.Text.Encoding.UTF8, "application/json"));

    private static Activity Base(TestUser user, string type) => new()
    {
        Type = type,
        Id = $"activity-{Interlocked.Increment(ref activityNumber)}",
        ChannelId = "msteams",
        ServiceUrl = "http://localhost:56150/_connector",
        Locale = user.Locale,
        From = new ChannelAccount { Id = $"user-{user.Aad}", Name = user.Name, AadObjectId = user.Aad },
        Recipient = new ChannelAccount { Id = "bot-id", Name = "ComplianceBot" },
        Conversation = new ConversationAccount { Id = $"personal-{user.Aad}", ConversationType = "personal", TenantId = Tenant },
    };
}

internal sealed record TestUser(string Aad, string Name, string Locale = "en-US");
