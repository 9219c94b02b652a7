namespace ComplianceBot.Domain.Conversations;

/// <summary>
/// Where to reach a Teams user proactively; in the database so every instance can use it
/// (design.md, decision 8). Ids are opaque strings, never parsed.
/// </summary>
public sealed class ConversationReference
{
    public const int IdMaxLength = 400;
    public const int ServiceUrlMaxLength = 500;

    private ConversationReference()
    {
        UserId = ServiceUrl = ConversationId = string.Empty;
    }

    public string UserId { get; private set; }
    public string? AadObjectId { get; private set; }
    public string? TenantId { get; private set; }
    public string ServiceUrl { get; private set; }
    public string ConversationId { get; private set; }
    public string? BotId { get; private set; }
    public string? Locale { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? BlockedAt { get; private set; }

    public static ConversationReference Create(
        string userId, string serviceUrl, string conversationId, DateTimeOffset now,
        string? aadObjectId = null, string? tenantId = null, string? botId = null, string? locale = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var reference = new ConversationReference { UserId = userId };
        reference.Update(serviceUrl, conversationId, now, aadObjectId, tenantId, botId, locale);
        return reference;
    }

    /// <summary>Refreshes the address from a new inbound activity; an activity also means the user unblocked the bot.</summary>
    public void Update(
        string serviceUrl, string conversationId, DateTimeOffset now,
        string? aadObjectId = null, string? tenantId = null, string? botId = null, string? locale = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ServiceUrl = serviceUrl;
        ConversationId = conversationId;
        AadObjectId = aadObjectId ?? AadObjectId;
        TenantId = tenantId ?? TenantId;
        BotId = botId ?? BotId;
        Locale = locale ?? Locale;
        UpdatedAt = now.ToUniversalTime();
        BlockedAt = null;
    }

    /// <summary>The connector answered 403 (the user blocked or removed the bot): stop sending until they come back.</summary>
    public void MarkBlocked(DateTimeOffset now) => BlockedAt = now.ToUniversalTime();
}
