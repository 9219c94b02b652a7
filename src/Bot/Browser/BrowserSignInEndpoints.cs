using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace ComplianceBot.Bot.Browser;

/// <summary>
/// <c>/signin?returnUrl=</c> (a challenge: Entra, or the local page in Development), <c>/signout</c> (POST with the
/// antiforgery token; GET shows "signed out") and the OpenID Connect callbacks. The authentication middleware runs
/// for these paths only, so <c>/api/messages</c> never sees a browser session. A startup filter keeps Program.cs
/// to one line (decision 003).
/// </summary>
internal sealed class BrowserSignInEndpoints : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseWhen(
            http => http.Request.Path.StartsWithSegments(BrowserSignIn.CallbackPath) || http.Request.Path.StartsWithSegments(BrowserSignIn.SignedOutCallbackPath),
            branch => branch.UseAuthentication());
        app.MapWhen(http => IsPath(http, BrowserSignIn.LocalSignInPath), branch => branch.Run(LocalSignInPage.ServeAsync));
        app.MapWhen(http => IsPath(http, BrowserSignIn.SignInPath), branch => branch.Run(SignInAsync));
        app.MapWhen(http => IsPath(http, BrowserSignIn.SignOutPath), branch => branch.Run(SignOutAsync));
        next(app);
    };

    /// <summary>
    /// The path itself (a trailing slash allowed). MapWhen rather than Map: Map would move the path into PathBase,
    /// and the handlers build their redirects (login page, redirect URI) from PathBase.
    /// </summary>
    public static bool IsPath(HttpContext http, string path) =>
        http.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase, out var rest) && rest.Value?.Trim('/').Length is null or 0;

    /// <summary>
    /// Only a path on this host: an absolute, protocol-relative or backslash URL becomes "/", and so does one with a
    /// control character or space (browsers drop tabs and line breaks, so "/\t/evil.example" would become "//evil.example").
    /// </summary>
    public static string LocalReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.Any(c => c == '\\' || c <= ' ' || char.IsControl(c))
            ? url
            : "/";

    private static async Task SignInAsync(HttpContext http)
    {
        var mode = http.RequestServices.GetRequiredService<BrowserSignInMode>();
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!mode.Any)
        {
            await http.RequestServices.GetRequiredService<BrowserPages>().WriteMessageAsync(http, StatusCodes.Status503ServiceUnavailable, "SignIn_NotConfigured");
            return;
        }

        var properties = new AuthenticationProperties { RedirectUri = LocalReturnUrl(http.Request.Query["returnUrl"]) };
        await http.ChallengeAsync(mode.Entra ? BrowserSignIn.OidcScheme : BrowserSignIn.CookieScheme, properties);
    }

    private static async Task SignOutAsync(HttpContext http)
    {
        var pages = http.RequestServices.GetRequiredService<BrowserPages>();
        if (HttpMethods.IsGet(http.Request.Method))
        {
            await pages.WriteMessageAsync(http, StatusCodes.Status200OK, "SignOut_Done", withSignIn: true);
            return;
        }

        if (!HttpMethods.IsPost(http.Request.Method) || !await IsValidFormAsync(http))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await http.SignOutAsync(BrowserSignIn.CookieScheme);
        var mode = http.RequestServices.GetRequiredService<BrowserSignInMode>();
        if (mode.Entra)
        {
            await http.SignOutAsync(BrowserSignIn.OidcScheme, new AuthenticationProperties { RedirectUri = BrowserSignIn.SignOutPath });
            return;
        }

        http.Response.Redirect(BrowserSignIn.SignOutPath);
    }

    /// <summary>A form post that carries this browser's antiforgery token.</summary>
    public static async Task<bool> IsValidFormAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType)
        {
            return false;
        }

        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }
}
