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
        // The other registers (decision 145): a literal path wins over {register}.
        MapSheet(app, "attestation", (sheets, officer, form, ct) => sheets.AttestationAsync(officer, AttestationView.Parse(form), ct));
        MapSheet(app, "trainings", (sheets, officer, form, ct) => sheets.TrainingsAsync(officer, TrainingView.Parse(form), ct));
        MapSheet(app, "participation", (sheets, officer, form, ct) => sheets.ParticipationAsync(officer, ParticipationView.Parse(form), ct));
        return app;
    }

    private static void MapSheet(WebApplication app, string register, Func<RegisterSheets, string, RegisterQueryString, CancellationToken, Task<byte[]>> write) =>
        app.MapPost($"{RegisterView.BasePath}/{register}/export", async (HttpContext http, IAntiforgery antiforgery, WorkspaceUsers users, RegisterSheets sheets) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }

            var form = RegisterQueryString.Of(await http.Request.ReadFormAsync(http.RequestAborted));
            var officer = await users.CurrentAsync(http.RequestAborted);
            try
            {
                return Results.File(await write(sheets, officer!.AadObjectId, form, http.RequestAborted), RegisterWorkbook.ContentType, $"{register}.xlsx");
            }
            catch (DomainRuleException)
            {
                return Results.Forbid();
            }
        })
            .RequireAuthorization(WorkspacePolicies.Officer)
            .DisableAntiforgery(); // validated above, before the form is read

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
