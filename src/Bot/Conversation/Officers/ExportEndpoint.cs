namespace ComplianceBot.Bot.Conversation.Officers;

/// <summary>
/// Serves <c>GET /exports/{token}</c>. Added as a startup filter so the area plugs in without touching
/// Program.cs (decision 003). Unknown, expired or revoked links all answer 404, telling a guesser nothing.
/// </summary>
internal sealed class ExportEndpoint : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(ExportLinks.PathPrefix.TrimEnd('/'), branch => branch.Run(ServeAsync));
        next(app);
    };

    private static async Task ServeAsync(HttpContext http)
    {
        var token = http.Request.Path.Value?.Trim('/') ?? "";
        if (!HttpMethods.IsGet(http.Request.Method) || token.Length is 0 or > 100)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var file = await http.RequestServices.GetRequiredService<ExportLinks>().OpenAsync(token, http.RequestAborted);
        if (file is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = RegisterWorkbook.ContentType;
        http.Response.Headers.ContentDisposition = "attachment; filename=\"register.xlsx\"";
        await http.Response.Body.WriteAsync(file, http.RequestAborted);
    }
}
