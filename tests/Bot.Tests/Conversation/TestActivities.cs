using System.Text.Json;
using ComplianceBot.Bot.Channel;

namespace ComplianceBot.Bot.Tests.Conversation;

/// <summary>Inbound activities shaped as the Agents Playground and Teams send them.</summary>
internal static class TestActivities
{
    public static Activity Base(string type, string? locale = "en-US", string channelId = "msteams") => new()
    {
        Type = type,
        Id = "activity-1",
        ChannelId = channelId,
        ServiceUrl = "http://localhost:56150/_connector",
        Locale = locale,
        From = new ChannelAccount { Id = "user-id-0", Name = "Alex Wilber", AadObjectId = "aad-user-0" },
        Recipient = new ChannelAccount { Id = "bot-id", Name = "ComplianceBot" },
        Conversation = new ConversationAccount { Id = "conversation-1", ConversationType = "personal", TenantId = "tenant-1" },
    };

    public static Activity Text(string text, string? locale = "en-US")
    {
        var activity = Base(ActivityTypes.Message, locale);
        activity.Text = text;
        return activity;
    }

    /// <summary>Action.Submit: a message with no text whose value is the inputs merged with the data.</summary>
    public static Activity Submit(object value, string? locale = "en-US", string? replyToId = "card-message-1")
    {
        var activity = Base(ActivityTypes.Message, locale);
        activity.Value = JsonSerializer.SerializeToElement(value);
        activity.ReplyToId = replyToId;
        return activity;
    }

    /// <summary>Action.Execute: invoke adaptiveCard/action with value.action = { type, title, verb, data }.</summary>
    public static Activity Execute(string verb, object data, string? locale = "en-US")
    {
        var activity = Base(ActivityTypes.Invoke, locale);
        activity.Name = ActivityTypes.AdaptiveCardAction;
        activity.ReplyToId = "card-message-1";
        activity.Value = JsonSerializer.SerializeToElement(new
        {
            action = new { type = "Action.Execute", title = "Go", verb, data },
        });
        return activity;
    }
}
