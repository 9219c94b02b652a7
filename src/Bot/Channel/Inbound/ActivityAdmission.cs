using System.Text.Json;
using ComplianceBot.Bot.Channel.Authentication;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Channel.Inbound;

/// <summary>
/// What an activity must be, whoever signed it, before anything of it is stored (decision 112):
/// from an admitted channel (Teams alone by default), of the bot's own tenant when the bot is
/// single-tenant, and naming a serviceUrl the bot may send its token to. Applied in the
/// unauthenticated development mode too.
/// </summary>
internal sealed class ActivityAdmission(ServiceUrlPolicy serviceUrls, IOptions<TeamsOptions> options)
{
    private readonly HashSet<string> channels = new(options.Value.EffectiveChannelIds(), StringComparer.Ordinal);

    public AuthenticationOutcome Check(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelId is null || !channels.Contains(activity.ChannelId))
        {
            return AuthenticationOutcome.Forbidden("channel not admitted");
        }

        if (!serviceUrls.IsAllowed(activity.ServiceUrl))
        {
            return AuthenticationOutcome.Forbidden("serviceUrl host not allowed");
        }

        return IsOwnTenant(activity) ? AuthenticationOutcome.Success : AuthenticationOutcome.Forbidden("activity of another tenant");
    }

    /// <summary>
    /// Teams names the tenant in conversation.tenantId and channelData.tenant.id; every one given must be
    /// the bot's, and a Teams activity must give one.
    /// </summary>
    private bool IsOwnTenant(Activity activity)
    {
        var tenantId = options.Value.TenantId;
        if (tenantId.Length == 0)
        {
            return true;
        }

        string?[] named = [activity.Conversation?.TenantId, ChannelDataTenant(activity.ChannelData)];
        var given = named.Where(id => id is not null).ToArray();
        if (given.Length == 0)
        {
            return activity.ChannelId != TeamsOptions.TeamsChannelId;
        }

        return given.All(id => string.Equals(id, tenantId, StringComparison.OrdinalIgnoreCase));
    }

    private static string? ChannelDataTenant(JsonElement? channelData) =>
        channelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id)
            ? id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText()
            : null;
}
