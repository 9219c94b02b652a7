using System.Security.Claims;

namespace ComplianceBot.Bot.Browser;

/// <summary>
/// Who is signed in to the browser: the Entra object id (<c>oid</c>) and tenant (<c>tid</c>) alone. Roles are never
/// taken from a token or the client; an officer is whoever holds an active appointment in the registers
/// (<see cref="Domain.People.OfficerRoster"/>), checked on every request that needs one (decision 122).
/// </summary>
public static class BrowserIdentity
{
    public const string ObjectIdClaim = "oid";
    public const string TenantIdClaim = "tid";
    public const string NameClaim = "name";

    /// <summary>The session's principal for a validated ID token, or null when it has no oid or another tenant's tid.</summary>
    public static ClaimsPrincipal? FromToken(ClaimsPrincipal? token, string tenantId)
    {
        var oid = token?.FindFirst(ObjectIdClaim)?.Value;
        var tid = token?.FindFirst(TenantIdClaim)?.Value;
        return Create(oid, tid, token?.FindFirst(NameClaim)?.Value, tenantId);
    }

    /// <summary>A principal carrying only oid, tid and a display name; null unless <paramref name="tid"/> is the bot's tenant.</summary>
    public static ClaimsPrincipal? Create(string? oid, string? tid, string? name, string tenantId)
    {
        if (string.IsNullOrWhiteSpace(oid) || !IsBotTenant(tid, tenantId))
        {
            return null;
        }

        var claims = new List<Claim> { new(ObjectIdClaim, oid), new(TenantIdClaim, tid!) };
        if (!string.IsNullOrWhiteSpace(name))
        {
            claims.Add(new Claim(NameClaim, name));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, BrowserSignIn.CookieScheme, NameClaim, roleType: null));
    }

    /// <summary>The signed-in person's object id, or null for an anonymous or foreign-tenant principal.</summary>
    public static string? ObjectIdOf(ClaimsPrincipal? principal, string tenantId) =>
        principal?.Identity?.IsAuthenticated == true && IsBotTenant(principal.FindFirst(TenantIdClaim)?.Value, tenantId)
            ? principal.FindFirst(ObjectIdClaim)?.Value
            : null;

    private static bool IsBotTenant(string? tid, string tenantId) =>
        !string.IsNullOrWhiteSpace(tid) && string.Equals(tid, tenantId, StringComparison.OrdinalIgnoreCase);
}
