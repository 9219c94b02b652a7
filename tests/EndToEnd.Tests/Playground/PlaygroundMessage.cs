using System.Text.Json;

namespace ComplianceBot.EndToEnd.Tests.Playground;

/// <summary>
/// One frame of the Playground's conversation stream: a bot message created or updated in a chat.
/// The wire shape is
/// <c>{"action":"createMessage"|"updateMessage","actionConversationId":"…","message":{"messageId","timestamp",
/// "from":{"id"},"text"?,"textFormat"?,"attachments":[{"contentType","content"}],"attachmentLayout","mentions"}}</c>;
/// <c>typing</c> frames carry only the action and the conversation id.
/// </summary>
public sealed record PlaygroundMessage(
    string Action,
    string ConversationId,
    string MessageId,
    string? FromId,
    string? Text,
    IReadOnlyList<PlaygroundAttachment> Attachments)
{
    public const string CreateMessage = "createMessage";
    public const string UpdateMessage = "updateMessage";
    public const string Typing = "typing";

    /// <summary>The Adaptive Cards this message carries, in order.</summary>
    public IEnumerable<AdaptiveCardView> Cards =>
        Attachments.Where(a => a.ContentType == AdaptiveCardView.ContentType).Select(a => new AdaptiveCardView(a.Content));

    public static PlaygroundMessage Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var action = root.GetProperty("action").GetString() ?? "";
        var conversationId = root.TryGetProperty("actionConversationId", out var c) ? c.GetString() ?? "" : "";
        if (!root.TryGetProperty("message", out var message))
        {
            return new PlaygroundMessage(action, conversationId, "", null, null, []);
        }

        var attachments = message.TryGetProperty("attachments", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray()
                .Select(a => new PlaygroundAttachment(
                    a.TryGetProperty("contentType", out var type) ? type.GetString() ?? "" : "",
                    a.TryGetProperty("content", out var content) ? content.Clone() : default))
                .ToList()
            : [];
        return new PlaygroundMessage(
            action,
            conversationId,
            message.TryGetProperty("messageId", out var id) ? id.ToString() : "",
            message.TryGetProperty("from", out var from) && from.TryGetProperty("id", out var fromId) ? fromId.GetString() : null,
            message.TryGetProperty("text", out var text) ? text.GetString() : null,
            attachments);
    }

    public override string ToString() =>
        $"{Action} {MessageId} text={Text ?? "-"} cards=[{string.Join(" | ", Cards.Select(card => card.Summary))}]";
}

public sealed record PlaygroundAttachment(string ContentType, JsonElement Content);
