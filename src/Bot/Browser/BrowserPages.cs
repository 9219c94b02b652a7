using System.Net;
using System.Security.Cryptography;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Resources.Browser;
using ComplianceBot.Domain;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Browser;

/// <summary>
/// The browser pages' shell: the language from Accept-Language (kk, ru or en; else the organisation's default),
/// and the headers decision 121 set for the export page on every page: no-store, no-referrer, nosniff, and a CSP
/// that lets only the page's own nonce script run and forms post only to this host.
/// </summary>
public sealed class BrowserPages(IStringLocalizer<BrowserStrings> text, IOptions<OrganizationOptions> organization)
{
    public string Language(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var accepted = http.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => BotLanguages.Match(value.Value.Value))
            .FirstOrDefault(language => language is not null);
        return accepted ?? BotLanguages.Match(organization.Value.DefaultLanguage) ?? BotLanguages.Kazakh;
    }

    /// <summary>A text in the current UI culture, HTML-encoded.</summary>
    public string Text(string key) => WebUtility.HtmlEncode(text.Require(key));

    /// <summary>
    /// Writes a page; <paramref name="body"/> is HTML built with <see cref="Text"/>; the script gets the nonce.
    /// <paramref name="frameAncestors"/> is who may frame it: nobody, unless the workspace's tab shows it (decision 139).
    /// </summary>
    public async Task WritePageAsync(HttpContext http, int status, string language, Func<string, string> body, string frameAncestors = "'none'")
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(body);
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var response = http.Response;
        response.StatusCode = status;
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; form-action 'self'; base-uri 'none'; frame-ancestors {frameAncestors}";
        response.ContentType = "text/html; charset=utf-8";
        string html;
        using (CultureScope.Enter(language))
        {
            html = $$"""
                <!doctype html>
                <html lang="{{language}}"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>{{Text("Page_Title")}}</title>
                <style nonce="{{nonce}}">body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}button{font-size:1rem;padding:.4rem 1rem}li{margin:.3rem 0}</style>
                </head><body><main>
                <h1>{{Text("Page_Title")}}</h1>
                {{body(nonce)}}
                </main></body></html>
                """;
        }

        await response.WriteAsync(html, http.RequestAborted);
    }

    /// <summary>A page with one message, in the browser's language; optionally a sign-in link or a sign-out button.</summary>
    public Task WriteMessageAsync(
        HttpContext http, int status, string key, bool withSignIn = false, string? signOutAntiforgeryToken = null, string frameAncestors = "'none'")
    {
        var language = Language(http);
        return WritePageAsync(
            http,
            status,
            language,
            _ => $"<p id=\"message\">{Text(key)}</p>"
                + (withSignIn ? $"<p><a href=\"{BrowserSignIn.SignInPath}?returnUrl=%2Fexports\">{Text("SignIn_Button")}</a></p>" : "")
                + (signOutAntiforgeryToken is null ? "" : SignOutForm(signOutAntiforgeryToken)),
            frameAncestors);
    }

    /// <summary>A sign-out button posting to /signout with the antiforgery token.</summary>
    public string SignOutForm(string antiforgeryToken) =>
        $"<form method=\"post\" action=\"{BrowserSignIn.SignOutPath}\"><input type=\"hidden\" name=\"{BrowserSignIn.AntiforgeryField}\" value=\"{WebUtility.HtmlEncode(antiforgeryToken)}\">"
        + $"<button type=\"submit\">{Text("SignOut_Button")}</button></form>";
}
