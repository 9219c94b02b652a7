using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ComplianceBot.Bot.Tests.ChannelTestSupport;

/// <summary>Inbound activities as Teams sends them, and the request that carries one.</summary>
public static class ActivityJson
{
    public const string TenantId = "tenant-1";

    public static JsonObject Message(string? id = null, string text = "menu") => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-25T10:00:00.000Z",
        ["serviceUrl"] = TestIssuer.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Test User", ["aadObjectId"] = "aad-user-1" },
        ["conversation"] = new JsonObject { ["id"] = "a:conversation-1", ["conversationType"] = "personal", ["tenantId"] = TenantId },
        ["recipient"] = new JsonObject { ["id"] = "28:" + TestIssuer.AppId, ["name"] = "ComplianceBot" },
        ["text"] = text,
        ["locale"] = "ru-RU",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId }, ["unknownField"] = 42 },
    };

    public static JsonObject Invoke(string? id = null)
    {
        var activity = Message(id);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity.Remove("text");
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "decide" } };
        return activity;
    }

    public static HttpRequestMessage Request(JsonObject activity, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}
