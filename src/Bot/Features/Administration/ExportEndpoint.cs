using ComplianceBot.Bot.Browser;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace ComplianceBot.Bot.Features.Administration;

/// <summary>
/// Serves register exports without the token ever being part of a request line (decision 121) and only to the
/// officer it was issued to, signed in to the browser (decision 122). <c>GET /exports</c> is a fixed page: it moves
/// the token from the URL fragment (which browsers never send) into the tab's sessionStorage and removes it from
/// the address bar and history; not signed in, it sends the tab to <c>/signin?returnUrl=/exports</c>, and back from
/// the sign-in it posts the token with the antiforgery token to <c>POST /exports</c>. The POST refuses an anonymous
/// caller (redirect to sign-in) and another signed-in person (403) before the link is consumed. Unknown, used,
/// expired or revoked links answer 404 with the same text, telling a guesser nothing. A token in the path
/// (<c>/exports/{token}</c>, decision 073) is not accepted. Added as a startup filter so Program.cs is untouched.
/// </summary>
internal sealed class ExportEndpoint : IStartupFilter
{
    public const string TokenField = "token";
    public const string StorageKey = "compliancebot-export";
    private const int MaxTokenLength = 100;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // MapWhen keeps PathBase, from which the sign-in redirect is built; any path under /exports is answered here.
        app.MapWhen(http => http.Request.Path.StartsWithSegments(ExportLinks.Path), branch => branch.Run(ServeAsync));
        next(app);
    };

    private static async Task ServeAsync(HttpContext http)
    {
        var response = http.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
        var isPage = BrowserSignInEndpoints.IsPath(http, ExportLinks.Path);
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isPage || !(isGet || HttpMethods.IsPost(http.Request.Method)))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // The browser session only: an Authorization header (a channel token) is never read here.
        var mode = http.RequestServices.GetRequiredService<BrowserSignInMode>();
        var session = await http.AuthenticateAsync(BrowserSignIn.CookieScheme);
        var officer = BrowserIdentity.ObjectIdOf(session.Principal, mode.TenantId);
        if (officer is not null)
        {
            http.User = session.Principal!;
        }

        if (isGet)
        {
            await WritePageAsync(http, officer is not null);
            return;
        }

        if (officer is null)
        {
            // Nothing of the form is read: the page keeps the token in the tab and posts it again after sign-in.
            response.StatusCode = StatusCodes.Status303SeeOther;
            response.Headers.Location = SignInUrl;
            return;
        }

        await DownloadAsync(http, officer);
    }

    private static string SignInUrl => $"{BrowserSignIn.SignInPath}?returnUrl={Uri.EscapeDataString(ExportLinks.Path)}";

    private static async Task DownloadAsync(HttpContext http, string officer)
    {
        var pages = http.RequestServices.GetRequiredService<BrowserPages>();
        if (!await BrowserSignInEndpoints.IsValidFormAsync(http))
        {
            await pages.WriteMessageAsync(http, StatusCodes.Status400BadRequest, "Request_Refused");
            return;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var token = form[TokenField].ToString();
        var opening = token.Length is 0 or > MaxTokenLength
            ? ExportOpening.NotFound
            : await http.RequestServices.GetRequiredService<ExportLinks>().OpenAsync(token, officer, http.RequestAborted);
        switch (opening.Outcome)
        {
            case ExportOutcome.File:
                http.Response.ContentType = RegisterWorkbook.ContentType;
                http.Response.Headers.ContentDisposition = "attachment; filename=\"register.xlsx\"";
                await http.Response.Body.WriteAsync(opening.File, http.RequestAborted);
                return;
            case ExportOutcome.NotYours:
                var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken!;
                await pages.WriteMessageAsync(http, StatusCodes.Status403Forbidden, "Export_NotYours", signOutAntiforgeryToken: antiforgery);
                return;
            default:
                await pages.WriteMessageAsync(http, StatusCodes.Status404NotFound, "Export_Expired");
                return;
        }
    }

    /// <summary>
    /// The fixed page: keeps the token in this tab's sessionStorage across the sign-in round trip (the fragment is
    /// lost on the way), then either goes to sign in or posts it; a nonce lets only its own script run.
    /// </summary>
    private static Task WritePageAsync(HttpContext http, bool signedIn)
    {
        var pages = http.RequestServices.GetRequiredService<BrowserPages>();
        var antiforgery = signedIn ? http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken! : "";
        return pages.WritePageAsync(http, StatusCodes.Status200OK, pages.Language(http), nonce => $$"""
            <p id="signin" hidden>{{pages.Text("Export_SignInNeeded")}} <a href="{{SignInUrl}}">{{pages.Text("SignIn_Button")}}</a></p>
            <p id="downloading" hidden>{{pages.Text("Export_Downloading")}}</p>
            <p id="nolink" hidden>{{pages.Text("Export_NoLink")}}</p>
            <form id="f" method="post" action="{{ExportLinks.Path}}"><input type="hidden" name="{{TokenField}}" id="t">
            <input type="hidden" name="{{BrowserSignIn.AntiforgeryField}}" value="{{System.Net.WebUtility.HtmlEncode(antiforgery)}}"></form>
            <script nonce="{{nonce}}">
            (function () {
              var key = "{{StorageKey}}", signedIn = {{(signedIn ? "true" : "false")}};
              var show = function (id) { document.getElementById(id).hidden = false; };
              var fromLink = location.hash.slice(1);
              history.replaceState(null, "", location.pathname);
              if (fromLink) { sessionStorage.setItem(key, fromLink); }
              var token = sessionStorage.getItem(key);
              if (!token) { show("nolink"); return; }
              if (!signedIn) { show("signin"); location.replace("{{SignInUrl}}"); return; }
              sessionStorage.removeItem(key);
              document.getElementById("t").value = token;
              show("downloading");
              document.getElementById("f").submit();
            })();
            </script>
            """);
    }
}
