using System.Text.Json;

namespace ComplianceBot.Bench.Floor;

internal static class FloorEndpoint
{
    public const string ClientName = "connector";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IResult> HandleAsync(HttpRequest request, IHttpClientFactory clients)
    {
        var activity = await JsonSerializer.DeserializeAsync<MiniActivity>(request.Body, Json, request.HttpContext.RequestAborted);
        if (activity?.ServiceUrl is null || activity.Conversation?.Id is null || activity.Id is null)
        {
            return Results.BadRequest();
        }

        var reply = new
        {
            type = "message",
            replyToId = activity.Id,
            attachments = new[]
            {
                new
                {
                    contentType = "application/vnd.microsoft.card.adaptive",
                    content = new { type = "AdaptiveCard", version = "1.5", body = new[] { new { type = "TextBlock", text = "Menu", wrap = true } } },
                },
            },
        };
        var url = $"{activity.ServiceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(activity.Conversation.Id)}/activities/{Uri.EscapeDataString(activity.Id)}";
        using var response = await clients.CreateClient(ClientName).PostAsJsonAsync(url, reply, Json);
        return response.IsSuccessStatusCode ? Results.Ok() : Results.StatusCode(502);
    }

    private sealed record MiniActivity(string? Type, string? Id, string? ServiceUrl, MiniConversation? Conversation);

    private sealed record MiniConversation(string? Id);
}
