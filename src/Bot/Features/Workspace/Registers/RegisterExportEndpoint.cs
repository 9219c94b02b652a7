using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Domain;
using Microsoft.AspNetCore.Antiforgery;

namespace ComplianceBot.Bot.Features.Workspace.Registers;

/// <summary>
/// <c>POST /workspace/registers/{register}/export</c> (decision 141): the register page's "Export to Excel" form posts
/// its filter with the antiforgery token and gets the workbook as an attachment — the workspace's sign-in is the
/// credential, so no token is ever in a URL (decisions 121, 122). Officer policy; the officer is checked again by
/// <see cref="RegisterExports"/>.
/// </summary>
public static class RegisterExportEndpoint
{
    public static WebApplication MapRegisterExport(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost(RegisterView.BasePath + "/{register}/export", ExportAsync)
            .RequireAuthorization(WorkspacePolicies.Officer)
            .DisableAntiforgery(); // validated below, before the form is read
        return app;
    }

    private static async Task<IResult> ExportAsync(string register, HttpContext http, IAntiforgery antiforgery, WorkspaceUsers users, RegisterExports exports)
    {
        if (!RegisterView.Types.ContainsKey(register))
        {
            return Results.NotFound();
        }

        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var view = RegisterView.Parse(register, form.ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.Ordinal));
        var officer = await users.CurrentAsync(http.RequestAborted);
        try
        {
            var file = await exports.WriteAsync(officer!.AadObjectId, view.Filter, http.RequestAborted);
            return Results.File(file, RegisterWorkbook.ContentType, $"{register}.xlsx");
        }
        catch (DomainRuleException)
        {
            return Results.Forbid();
        }
    }
}
