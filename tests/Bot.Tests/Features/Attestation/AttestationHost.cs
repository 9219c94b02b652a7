using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Features.Attestation;

/// <summary>
/// <see cref="BotTestHost"/> (Development, unauthenticated) on a SQLite file, the clock faked and the connector recorded.
/// The background services are not started (decision 085): a test drives the outbox and the reminders itself, and
/// moving the clock by a week stays cheap. Two hosts on the same folder model a restart.
/// </summary>
internal sealed class AttestationHost : BotTestHost
{
    public const string Officer = "officer-1";
    public const string ServiceUrl = "http://localhost:56150/_connector";

    private readonly FakeTimeProvider time;

    public AttestationHost(string folder, FakeTimeProvider time, RecordingConnector connector)
        : base(folder)
    {
        this.time = time;
        Time = time;
        BotConnector = connector;
        BackgroundServicesOff = true;
        Settings["Registers:Provider"] = "Sqlite";
        Settings["ConnectionStrings:Registers"] = $"Data Source={DatabaseFile};Pooling=False";
        Settings["Outbox:WorkerEnabled"] = "false";
        Settings["Outbox:BatchSize"] = "20"; // a restart test delivers one batch of 20 of 30 before the restart
        Settings["Attestation:RemindersEnabled"] = "false";
        Settings["Attestation:MaxReminders"] = "2";
        Settings["Logging:LogLevel:Default"] = "Warning";
    }

    public async Task SeedAsync(int employees)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var now = time.GetUtcNow();
        for (var i = 0; i < employees; i++)
        {
            var employee = Employee.Create($"e-{i}", "tenant-1", $"Employee {i}", i % 3 == 0 ? "ru" : "kk", now);
            employee.UpdateFromDirectory("tenant-1", $"Employee {i}", i % 2 == 0 ? "Finance" : "Procurement", null, null, i % 3 == 0 ? "ru" : "kk", now);
            db.Employees.Add(employee);
        }

        db.OfficerAppointments.Add(OfficerAppointment.Record(Officer, "D-1/2026", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5), new DateOnly(2026, 12, 31), "director", now));
        await db.SaveChangesAsync();
    }

    public async Task<JsonElement> PostAsync(JsonObject activity)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static JsonObject Text(string from, string text) => Activity(from, "message", a => a["text"] = text);

    /// <summary>Action.Execute with the card's inputs merged into the data, as Teams sends it.</summary>
    public static JsonObject Execute(string from, string verb, JsonObject data) => Activity(from, "invoke", a =>
    {
        a["name"] = "adaptiveCard/action";
        a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
    });

    private static JsonObject Activity(string from, string type, Action<JsonObject> fill)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["serviceUrl"] = ServiceUrl,
            ["channelId"] = "msteams",
            ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = $"29:{from}", ["name"] = "Someone", ["aadObjectId"] = from },
            ["conversation"] = new JsonObject { ["id"] = $"a:{from}", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "ComplianceBot" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        };
        fill(activity);
        return activity;
    }
}
