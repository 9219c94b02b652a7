namespace ComplianceBot.Bot.Features.Workspace;

/// <summary>
/// The workspace pages' response headers (decision 138): never cached, no referrer, no sniffing, and a content
/// security policy that runs only this host's scripts and lets only Teams, Outlook and the Microsoft 365 app frame
/// the pages (the personal tab), so no other site can embed a signed-in officer's page.
/// </summary>
internal static class WorkspaceHeaders
{
    /// <summary>The hosts of Teams, Outlook and the Microsoft 365 app that may show the tab.</summary>
    public static readonly string[] FrameAncestors =
    [
        "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://*.cloud.microsoft",
        "https://outlook.office.com", "https://outlook.office365.com", "https://*.office.com", "https://*.microsoft365.com",
    ];

    /// <summary>The CSP source list of <see cref="FrameAncestors"/> and the host itself (also for the 403 page in the tab).</summary>
    public static readonly string FrameAncestorsSource = "'self' " + string.Join(' ', FrameAncestors);

    public static readonly string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors " + FrameAncestorsSource;

    public static Task ApplyAsync(HttpContext http, Func<Task> next)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.CacheControl = "no-store";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XContentTypeOptions = "nosniff";
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            return Task.CompletedTask;
        });
        return next();
    }
}
