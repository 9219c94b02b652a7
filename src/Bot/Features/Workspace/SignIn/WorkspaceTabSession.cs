using System.Security.Claims;
using ComplianceBot.Bot.Browser;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ComplianceBot.Bot.Features.Workspace.SignIn;

/// <summary>
/// The tab's session (decision 139): its own cookie, because the tab is a cross-site iframe inside Teams, Outlook and
/// the Microsoft 365 app, where the browser session's SameSite=Lax cookie (decision 122) is never sent. This one is
/// SameSite=None (sent in the iframe), Secure, HttpOnly and Partitioned (CHIPS: kept in a jar of the Microsoft host's
/// site, so browsers that block third-party cookies still send it there, and no other site that frames the host gets
/// it). It holds only oid, tid and a name; it lasts as long as a browser session and does not slide.
/// </summary>
public static class WorkspaceTabSession
{
    public const string Scheme = "WorkspaceTab";
    public const string CookieName = "__Host-compliancebot-tab";
    public const string TabPath = WorkspacePaths.Base + "/tab";
    public const string SessionPath = WorkspacePaths.Base + "/session";

    internal static void Configure(CookieAuthenticationOptions options, TimeSpan lifetime)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.Cookie.SameSite = SameSiteMode.None;
        options.Cookie.Path = "/";
        // ASP.NET Core's CookieBuilder has no Partitioned property; an extension writes the attribute as it is.
        options.Cookie.Extensions.Add("Partitioned");
        options.ExpireTimeSpan = lifetime;
        options.SlidingExpiration = false;
        // Inside the tab a sign-in page cannot be shown (Entra refuses to be framed): run the tab's SSO again.
        options.LoginPath = TabPath;
        options.ReturnUrlParameter = "returnUrl";
        options.Events.OnValidatePrincipal = ValidatePrincipalAsync;
    }

    /// <summary>A tab session of another tenant (e.g. from before Teams:TenantId changed) is dropped, never trusted.</summary>
    private static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var mode = context.HttpContext.RequestServices.GetRequiredService<BrowserSignInMode>();
        if (BrowserIdentity.ObjectIdOf(context.Principal, mode.TenantId) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}

/// <summary>
/// The scheme the workspace's policies name: the tab's session when its cookie is there (or the request is a frame,
/// so a challenge runs the tab's SSO again), else the browser's (decision 122). One of them, never both at once, so a
/// request speaks for one person.
/// </summary>
public static class WorkspaceSession
{
    public const string Scheme = "Workspace";

    internal static string Select(HttpContext http) =>
        http.Request.Cookies.ContainsKey(WorkspaceTabSession.CookieName)
        || string.Equals(http.Request.Headers["Sec-Fetch-Dest"], "iframe", StringComparison.OrdinalIgnoreCase)
            ? WorkspaceTabSession.Scheme
            : BrowserSignIn.CookieScheme;

    /// <summary>Middleware for the workspace branch: the request's user is the chosen session's (anonymous when it has none).</summary>
    public static async Task AuthenticateAsync(HttpContext http, Func<Task> next)
    {
        var result = await http.AuthenticateAsync(Scheme);
        http.User = result.Succeeded ? result.Principal : new ClaimsPrincipal(new ClaimsIdentity());
        await next();
    }
}
