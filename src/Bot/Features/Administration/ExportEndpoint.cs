using System.Security.Cryptography;

namespace ComplianceBot.Bot.Features.Administration;

/// <summary>
/// Serves register exports without the token ever being part of a request line (decision 121): <c>GET /exports</c>
/// is a page that takes the token from the URL fragment (which browsers never send), removes it from the address bar
/// and history, and posts it in a form body to <c>POST /exports</c>, which answers with the workbook once. A token
/// in the path (<c>/exports/{token}</c>, decision 073) is no longer accepted. Unknown, used, expired or revoked links
/// all answer 404, telling a guesser nothing. Added as a startup filter so Program.cs is untouched (decision 003).
/// </summary>
internal sealed class ExportEndpoint : IStartupFilter
{
    public const string TokenField = "token";
    private const int MaxTokenLength = 100;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(ExportLinks.Path, branch => branch.Run(ServeAsync));
        next(app);
    };

    private static async Task ServeAsync(HttpContext http)
    {
        var response = http.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
        var path = http.Request.Path.Value ?? "";
        if (path.Trim('/').Length != 0)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (HttpMethods.IsGet(http.Request.Method))
        {
            await WritePageAsync(http);
            return;
        }

        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.HasFormContentType)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var token = form[TokenField].ToString();
        var file = token.Length is 0 or > MaxTokenLength
            ? null
            : await http.RequestServices.GetRequiredService<ExportLinks>().OpenAsync(token, http.RequestAborted);
        if (file is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        response.ContentType = RegisterWorkbook.ContentType;
        response.Headers.ContentDisposition = "attachment; filename=\"register.xlsx\"";
        await response.Body.WriteAsync(file, http.RequestAborted);
    }

    /// <summary>The page that moves the token from the fragment into a POST body; a nonce lets only its own script run.</summary>
    private static Task WritePageAsync(HttpContext http)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        http.Response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; script-src 'nonce-{nonce}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync($$"""
            <!doctype html>
            <html><head><meta charset="utf-8"><meta name="referrer" content="no-referrer"><title>ComplianceBot</title></head>
            <body>
            <p>Тізілім жүктелуде… / Реестр загружается… / The register is downloading…</p>
            <form id="f" method="post" action="{{ExportLinks.Path}}"><input type="hidden" name="{{TokenField}}" id="t"></form>
            <script nonce="{{nonce}}">
            (function () {
              var token = location.hash.slice(1);
              history.replaceState(null, "", location.pathname);
              if (!token) { return; }
              document.getElementById("t").value = token;
              document.getElementById("f").submit();
            })();
            </script>
            </body></html>
            """, http.RequestAborted);
    }
}
