using System.Net.Http.Json;
using System.Text.Json;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Bot.Tests.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceBot.Bot.Tests.Features.Declarations;

/// <summary>
/// <see cref="BotTestHost"/> over a real SQLite file, with the Bot Connector faked and the outbox worker off, so a test
/// runs the dispatcher itself, and the helpers that talk to it as a Teams user. Two instances on the same directory
/// model a restart.
/// </summary>
internal sealed class DeclarationsApp : BotTestHost
{
    public const string Tenant = "tenant-1";
    private static int activityNumber;

    /// <summary>On the test's folder, which outlives the host (a second host on it is a restart); <c>settings</c> add more configuration, e.g. the daily digest.</summary>
    public DeclarationsApp(string dataDirectory, string? director = null, IReadOnlyDictionary<string, string?>? settings = null)
        : base(dataDirectory) => UseDefaults(director, settings);

    /// <summary>On a fresh folder of its own, deleted with the host.</summary>
    public DeclarationsApp(TestDataFolder folder, string? director = null, IReadOnlyDictionary<string, string?>? settings = null)
        : base(folder) => UseDefaults(director, settings);

    public RecordingConnector Connector { get; } = new();

    /// <summary>Records the director's decision appointing an officer, an employee, for a term around today.</summary>
    public Task AppointAsync(string aad, string name, string language = "en") => AppointOfficerAsync(aad, "No. 12", "test", name, language, Tenant);

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

    private void UseDefaults(string? director, IReadOnlyDictionary<string, string?>? settings)
    {
        BotConnector = Connector;
        LogCaptureLevel = LogLevel.Trace;
        Settings["Graph:LocalMailboxPath"] = Path.Combine(DataFolder, "mailbox");
        Settings["Outbox:WorkerEnabled"] = "false";
        Settings["Declarations:PublicBaseUrl"] = "http://localhost/";
        Settings["Organization:DirectorAadObjectId"] = director ?? "";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }
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
