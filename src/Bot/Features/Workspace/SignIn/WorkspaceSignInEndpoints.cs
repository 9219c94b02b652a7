using System.Net;
using ComplianceBot.Bot.Browser;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Resources.Workspace;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Workspace.SignIn;

/// <summary>
/// The tab's two addresses (decision 139). <c>GET /workspace/tab</c> is the manifest's contentUrl: a static page whose
/// script (<c>tab.js</c>, with <c>@microsoft/teams-js</c>; no inline script, CSP script-src 'self') gets the Teams SSO
/// token and posts it. <c>POST /workspace/session</c> turns a valid token into the tab's session cookie and answers
/// 204; anything else 401 and no cookie. The token comes in the Authorization header, never from a cookie, so a
/// cross-site page cannot post one for someone (no antiforgery token needed); the page then opens the workspace.
/// </summary>
internal static class WorkspaceSignInEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet(WorkspaceTabSession.TabPath, TabPageAsync).ExcludeFromDescription();
        app.MapPost(WorkspaceTabSession.SessionPath, SignInAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> SignInAsync(HttpContext http, TeamsSsoTokens tokens, ILogger<TeamsSsoTokens> logger)
    {
        if (!tokens.Enabled)
        {
            return Results.NotFound();
        }

        var principal = await tokens.ValidateAsync(http.Request.Headers.Authorization, http.RequestAborted);
        if (principal is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Unauthorized();
        }

        await http.SignInAsync(WorkspaceTabSession.Scheme, principal);
        WorkspaceSignInLog.SignedIn(logger);
        return Results.NoContent();
    }

    private static IResult TabPageAsync(HttpContext http, TeamsSsoTokens tokens, IHostEnvironment environment, IStringLocalizer<SignInStrings> text)
    {
        // Development without Teams:AppId (the README's run command) shows the page without its sign-in (decision 147);
        // anywhere else the tab is the SSO page or nothing, and the session endpoint still takes only a valid token.
        var sso = tokens.Enabled;
        if (!sso && !(tokens.TabOn && environment.IsDevelopment()))
        {
            return Results.NotFound();
        }

        string T(string key) => WebUtility.HtmlEncode(text.Require(key));
        var returnUrl = WorkspaceReturnUrl(http.Request.Query["returnUrl"]);
        var browser = WebUtility.HtmlEncode(QueryHelpers.AddQueryString(returnUrl, "locale", WorkspaceCulture.LanguageOf(http)));
        var outside = $"""<p><a id="tab-browser" href="{browser}">{T("Tab_OpenHere")}</a></p>""";
        var body = sso
            ? $$"""
                <p id="tab-status" role="status">{{T("Tab_SigningIn")}}</p>
                <p id="tab-failed" role="alert" hidden>{{T("Tab_Failed")}} <a href="{{WorkspacePaths.Base}}" target="_blank" rel="noopener">{{T("Tab_OpenInBrowser")}}</a></p>
                <div id="tab-outside" hidden><p role="alert">{{T("Tab_OutsideTeams")}}</p>{{outside}}</div>
                </main>
                <script src="/workspace/teams-js/MicrosoftTeams.min.js"></script>
                <script src="/workspace/tab.js"></script>
                """
            : $$"""
                <p role="status">{{T("Tab_NoSso")}}</p>
                {{outside}}
                </main>
                """;
        var html = $$"""
            <!doctype html>
            <html lang="{{WorkspaceCulture.LanguageOf(http)}}"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>{{T("Tab_Title")}}</title>
            <link href="/workspace/workspace.css" rel="stylesheet"></head>
            <body><main id="tab" class="ws-main" data-return="{{WebUtility.HtmlEncode(returnUrl)}}">
            <h1>{{T("Tab_Title")}}</h1>
            {{body}}
            </body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>A workspace page on this host to return to after signing in; anything else is the workspace's home.</summary>
    public static string WorkspaceReturnUrl(string? returnUrl)
    {
        var local = BrowserSignInEndpoints.LocalReturnUrl(returnUrl);
        return local.StartsWith(WorkspacePaths.Base, StringComparison.OrdinalIgnoreCase)
            && (local.Length == WorkspacePaths.Base.Length || local[WorkspacePaths.Base.Length] is '/' or '?')
            && !local.StartsWith(WorkspaceTabSession.TabPath, StringComparison.OrdinalIgnoreCase)
            ? local
            : WorkspacePaths.Base;
    }
}
