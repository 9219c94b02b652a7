using ComplianceBot.Bot.Browser;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Workspace.SignIn;

public static class WorkspaceSignInServiceCollectionExtensions
{
    /// <summary>
    /// The tab's sign-in (decision 139): the Teams SSO token checker, the tab's cookie scheme and the
    /// <see cref="WorkspaceSession.Scheme"/> the workspace's policies name (the tab's session, else the browser's).
    /// </summary>
    public static IServiceCollection AddWorkspaceSignIn(this IServiceCollection services)
    {
        services.AddOptions<WorkspaceSignInOptions>().BindConfiguration(WorkspaceSignInOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkspaceSignInOptions>>(provider =>
            new WorkspaceSignInValidator(provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>().EnvironmentName));
        services.AddHttpClient(TeamsSsoTokens.HttpClientName);
        services.AddSingleton<TeamsSsoTokens>();
        services.AddAuthentication()
            .AddCookie(WorkspaceTabSession.Scheme)
            .AddPolicyScheme(WorkspaceSession.Scheme, WorkspaceSession.Scheme, options => options.ForwardDefaultSelector = WorkspaceSession.Select);
        services.AddOptions<CookieAuthenticationOptions>(WorkspaceTabSession.Scheme)
            .Configure<IOptions<BrowserSignInOptions>>((options, browser) => WorkspaceTabSession.Configure(options, browser.Value.SessionLifetime));
        return services;
    }
}
