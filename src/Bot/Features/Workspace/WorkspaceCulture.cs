using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Browser;

namespace ComplianceBot.Bot.Features.Workspace;

/// <summary>
/// The workspace's language (decision 138), in this order: the locale Teams or Outlook gives the tab
/// (<c>?locale=</c>, from the manifest's <c>{locale}</c>), kept in a cookie for the next pages; the person's own
/// choice in the chat (their preference in the registers); the browser's Accept-Language; the organisation's
/// default. Sets the request's culture so every text and date on the page follows it.
/// </summary>
internal static class WorkspaceCulture
{
    public const string QueryKey = "locale";
    public const string CookieName = "compliancebot-lang";
    private const string ItemKey = "workspace.language";

    public static string LanguageOf(HttpContext http) =>
        http.Items.TryGetValue(ItemKey, out var value) && value is string language ? language : BotLanguages.Kazakh;

    /// <summary>Middleware for the workspace branch: chooses the language, sets the culture, then the page runs.</summary>
    public static async Task ApplyAsync(HttpContext http, Func<Task> next)
    {
        var language = await ChooseAsync(http);
        http.Items[ItemKey] = language;
        using (CultureScope.Enter(language))
        {
            await next();
        }
    }

    private static async Task<string> ChooseAsync(HttpContext http)
    {
        var fromClient = BotLanguages.Match(http.Request.Query[QueryKey]);
        if (fromClient is not null)
        {
            // Sent inside the tab's cross-site iframe: SameSite=None and Partitioned (kept in the Microsoft host's jar),
            // which both need https; on Development's plain http a first-party Lax cookie.
            var options = new CookieOptions
            {
                HttpOnly = true,
                Secure = http.Request.IsHttps,
                SameSite = http.Request.IsHttps ? SameSiteMode.None : SameSiteMode.Lax,
                Path = WorkspacePaths.Base,
            };
            if (http.Request.IsHttps)
            {
                options.Extensions.Add("Partitioned");
            }

            http.Response.Cookies.Append(CookieName, fromClient, options);
            return fromClient;
        }

        var kept = BotLanguages.Match(http.Request.Cookies[CookieName]);
        if (kept is not null)
        {
            return kept;
        }

        var mode = http.RequestServices.GetRequiredService<BrowserSignInMode>();
        var oid = BrowserIdentity.ObjectIdOf(http.User, mode.TenantId);
        if (oid is not null)
        {
            var preference = await http.RequestServices.GetRequiredService<IUserLanguagePreference>().GetAsync(oid, http.RequestAborted);
            if (BotLanguages.Match(preference) is { } preferred)
            {
                return preferred;
            }
        }

        return http.RequestServices.GetRequiredService<BrowserPages>().Language(http);
    }
}
