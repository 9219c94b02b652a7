namespace ComplianceBot.Bot.Features.Workspace.Cases;

/// <summary>
/// The confirmation of an action, carried over the redirect (post/redirect/get, decision 138) in a cookie the next
/// page reads once and deletes: never in the address, so no link can put words on an officer's page.
/// </summary>
internal static class CaseNotice
{
    private const string CookieName = "compliancebot-notice";

    public static void Set(HttpContext http, string text)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Cookies.Append(CookieName, Uri.EscapeDataString(text), Options(http));
    }

    public static string? Take(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Request.Cookies[CookieName] is not { Length: > 0 } value)
        {
            return null;
        }

        http.Response.Cookies.Delete(CookieName, Options(http));
        return Uri.UnescapeDataString(value);
    }

    private static CookieOptions Options(HttpContext http) => new()
    {
        HttpOnly = true,
        Secure = http.Request.IsHttps,
        SameSite = http.Request.IsHttps ? SameSiteMode.None : SameSiteMode.Lax,
        Path = WorkspacePaths.Base + "/cases",
        MaxAge = TimeSpan.FromMinutes(5),
    };
}
