using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Bot.Channel;

/// <summary>The <c>Teams</c> configuration section: the bot's identity, inbound authentication and outbound limits.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    public const string PublicBotFrameworkMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public const string PublicBotFrameworkIssuer = "https://api.botframework.com";

    public const string TeamsChannelId = "msteams";

    /// <summary>The bot's Entra app (client) id: the audience of inbound tokens and the client of outbound ones.</summary>
    public string AppId { get; set; } = "";

    /// <summary>The bot's own tenant: the authority of its single-tenant outbound tokens and of its Entra metadata.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>
    /// The channel's own issuer (decision 112): the Bot Connector signs what it sends to the bot as
    /// this issuer, with keys endorsed per channel. The public cloud's by default; the US government
    /// clouds have their own (e.g. https://api.botframework.us).
    /// </summary>
    public string BotFrameworkIssuer { get; set; } = PublicBotFrameworkIssuer;

    /// <summary>The only document whose keys may vouch for <see cref="BotFrameworkIssuer"/>.</summary>
    public string BotFrameworkMetadataUrl { get; set; } = PublicBotFrameworkMetadataUrl;

    /// <summary>
    /// OpenID metadata documents of other issuers; empty (the default) means none. Each document's keys
    /// count only for the issuer it names, never for <see cref="BotFrameworkIssuer"/>.
    /// </summary>
    public IList<string> OpenIdMetadataUrls { get; } = [];

    /// <summary>
    /// For a token from any issuer other than Bot Framework's: the callers (<c>appid</c>/<c>azp</c>)
    /// that may post activities. Empty means no such token is ever accepted.
    /// </summary>
    public IList<string> AllowedCallerAppIds { get; } = [];

    /// <summary>Channels whose activities are admitted; empty means Teams (<c>msteams</c>) alone.</summary>
    public IList<string> AllowedChannelIds { get; } = [];

    /// <summary>
    /// Hosts that may receive the bot's token as a serviceUrl (exact names); empty means
    /// the Teams hosts Microsoft documents (<see cref="ServiceUrlPolicy.MicrosoftTeamsHosts"/>).
    /// </summary>
    public IList<string> AllowedServiceUrlHosts { get; } = [];

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Local development only (Agents Playground sends no token); refused outside Development.</summary>
    public bool DangerouslyAllowUnauthenticatedRequests { get; set; }

    public string ClientSecret { get; set; } = "";

    public string CertificatePath { get; set; } = "";

    public string CertificatePassword { get; set; } = "";

    public bool UseManagedIdentity { get; set; }

    public string ManagedIdentityClientId { get; set; } = "";

    /// <summary>How long an invoke waits for its handler before answering; Teams gives up after 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:04.500")]
    public TimeSpan InvokeTimeout { get; set; } = TimeSpan.FromSeconds(4);

    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Teams allows 7 messages per second per conversation.</summary>
    [Range(1, 1000)]
    public int ConversationMessagesPerSecond { get; set; } = 7;

    /// <summary>Teams allows 50 requests per second per app per tenant.</summary>
    [Range(1, 100000)]
    public int TenantRequestsPerSecond { get; set; } = 50;

    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Activities worked on at once on this instance (decision 108); the rest wait their turn, oldest
    /// first, holding no database context. Past the queue an activity gets 503 before anything of it is
    /// read or stored. A burst then costs queue places, not memory and lock contention.
    /// </summary>
    [Range(1, 10000)]
    public int MaxConcurrentTurns { get; set; } = 32;

    [Range(0, 1000000)]
    public int MaxQueuedTurns { get; set; } = 10000;

    public bool HasOutboundCredential =>
        ClientSecret.Length > 0 || CertificatePath.Length > 0 || UseManagedIdentity || ManagedIdentityClientId.Length > 0;

    /// <summary>Every metadata document read: Bot Framework's first, then the other issuers'.</summary>
    public IReadOnlyList<string> EffectiveMetadataUrls() => [BotFrameworkMetadataUrl, .. OpenIdMetadataUrls];

    public IReadOnlyList<string> EffectiveChannelIds() => AllowedChannelIds.Count > 0 ? [.. AllowedChannelIds] : [TeamsChannelId];

    public IReadOnlyList<string> EffectiveServiceUrlHosts() =>
        AllowedServiceUrlHosts.Count > 0 ? [.. AllowedServiceUrlHosts] : ServiceUrlPolicy.MicrosoftTeamsHosts;
}
