using Microsoft.IdentityModel.JsonWebTokens;

namespace ComplianceBot.Bot.Channel.Authentication;

/// <summary>
/// Who may be the caller behind a validly signed token (decision 112). Entra issues a token with the
/// bot's audience to any app or managed identity of the tenant (unless app-role assignment is
/// required) and to every employee signing in to the app through Teams SSO; none of them is the
/// channel. So a user's delegated token (<c>scp</c>) is never a channel token, and a token from an
/// issuer other than Bot Framework's must be an app-only token (<c>idtyp</c> = app, or the subject is
/// the caller's own object id, as Microsoft's claims-validation guidance puts it) naming an allowed
/// caller of the bot's own tenant.
/// </summary>
internal static class ChannelCallerRules
{
    /// <summary>Why the caller is not the channel, or null when it may be.</summary>
    public static string? Refusal(JsonWebToken token, IssuerKeys issuer, TeamsOptions options)
    {
        if (token.TryGetPayloadValue<object>("scp", out _))
        {
            return "delegated user token (scp)";
        }

        if (issuer.IsBotFramework)
        {
            return null;
        }

        if (options.TenantId.Length == 0 || !Claim(token, "tid").Equals(options.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return "token of another tenant";
        }

        var objectId = Claim(token, "oid");
        var appOnly = Claim(token, "idtyp") == "app" || (objectId.Length > 0 && objectId == Claim(token, "sub"));
        if (!appOnly)
        {
            return "not an app-only token";
        }

        // v1 tokens name the caller in appid, v2 tokens in azp.
        var caller = Claim(token, "azp") is { Length: > 0 } azp ? azp : Claim(token, "appid");
        return caller.Length > 0 && options.AllowedCallerAppIds.Contains(caller, StringComparer.OrdinalIgnoreCase)
            ? null
            : "caller not allowed";
    }

    private static string Claim(JsonWebToken token, string name) =>
        token.TryGetPayloadValue<string>(name, out var value) && value is not null ? value : "";
}
