using ComplianceBot.Bot.Browser;
using ComplianceBot.Bot.Features.Workspace.SignIn;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.FluentUI.AspNetCore.Components;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ComplianceBot.Bot.Features.Workspace;

public static class WorkspaceServiceCollectionExtensions
{
    /// <summary>
    /// The workspace (decision 138): Blazor pages rendered on the server with Fluent UI, signed in through the browser
    /// session (decision 122) or, in the Teams/Outlook tab, the Teams SSO token (decision 139), each page guarded by a <see cref="WorkspacePolicies"/> policy read from the registers.
    /// </summary>
    public static IServiceCollection AddWorkspace(this IServiceCollection services)
    {
        services.AddRazorComponents();
        // Kazakh and Russian text as it is, not as numeric character references (the default encoder keeps only Basic Latin).
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddFluentUIComponents();
        services.AddHttpContextAccessor();
        services.AddScoped<WorkspaceUsers>();
        Registers.RegisterPages.AddServices(services);
        services.AddScoped<People.DirectoryPicker>();
        services.AddScoped<Administration.AppointmentsBoard>();
        services.AddScoped<Administration.DirectorLists>();

        Figures.FiguresPages.AddServices(services);
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, WorkspaceRoleHandler>();
        services.AddAuthorization(WorkspacePolicies.Add);
        services.AddWorkspaceSignIn();
        foreach (var scheme in new[] { BrowserSignIn.CookieScheme, WorkspaceTabSession.Scheme })
        {
            services.PostConfigure<CookieAuthenticationOptions>(scheme, options =>
            {
                var other = options.Events.OnRedirectToAccessDenied;
                options.Events.OnRedirectToAccessDenied = context => WorkspacePaths.IsWorkspace(context.HttpContext)
                    ? context.HttpContext.RequestServices.GetRequiredService<BrowserPages>()
                        .WriteMessageAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Workspace_Denied", frameAncestors: WorkspaceHeaders.FrameAncestorsSource)
                    : other(context);
            });
        }

        return services;
    }

    /// <summary>
    /// Authentication, the language, authorization and antiforgery run for the workspace's paths only, so
    /// <c>/api/messages</c> pays for none of them; then the pages are mapped with their static assets.
    /// </summary>
    public static WebApplication MapWorkspace(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(WorkspacePaths.IsWorkspace, branch =>
        {
            branch.Use(WorkspaceHeaders.ApplyAsync);
            branch.UseAuthentication();
            branch.Use(WorkspaceSession.AuthenticateAsync);
            branch.Use(WorkspaceCulture.ApplyAsync);
            branch.UseAuthorization();
            branch.UseAntiforgery();
        });
        WorkspaceSignInEndpoints.Map(app);
        app.MapStaticAssets();
        app.MapRazorComponents<Shell.WorkspaceApp>();
        Registers.RegisterExportEndpoint.MapRegisterExport(app);
        return app;
    }
}
