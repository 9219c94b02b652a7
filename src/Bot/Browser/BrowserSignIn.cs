using ComplianceBot.Bot.Channel;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Browser;

/// <summary>
/// The browser session (decision 122): a short cookie, signed in through Entra OpenID Connect (authorization code
/// with PKCE, the bot's own app registration, the tenant's v2.0 authority) or, in Development only, the local
/// sign-in page. Only the browser paths authenticate with it: <c>/api/messages</c> never reads the cookie, and the
/// cookie scheme never reads an Authorization header, so a channel token opens no browser page.
/// </summary>
public static class BrowserSignIn
{
    public const string CookieScheme = "BrowserSession";
    public const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;
    public const string CookieName = "__Host-compliancebot";
    public const string AntiforgeryCookieName = "__Host-compliancebot-af";
    public const string AntiforgeryField = "__af";
    public const string SignInPath = "/signin";
    public const string LocalSignInPath = "/signin/local";
    public const string SignOutPath = "/signout";
    public const string CallbackPath = "/signin-oidc";
    public const string SignedOutCallbackPath = "/signout-callback-oidc";

    /// <summary>The markers <c>UseAuthentication</c> and <c>UseAuthorization</c> set in the application builder's properties.</summary>
    internal const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";

    /// <inheritdoc cref="AuthenticationMiddlewareSetKey"/>
    internal const string AuthorizationMiddlewareSetKey = "__AuthorizationMiddlewareSet";

    /// <summary>The tenant a session must belong to: Teams:TenantId; in Development without one, a fixed local name.</summary>
    public static string TenantOf(TeamsOptions teams) =>
        string.IsNullOrWhiteSpace(teams?.TenantId) ? "development" : teams.TenantId.Trim();

    /// <summary>Entra sign-in needs the app, its tenant and a secret to redeem the code.</summary>
    public static bool HasEntraCredentials(TeamsOptions teams) =>
        teams is not null && teams.AppId.Length > 0 && teams.TenantId.Length > 0 && teams.ClientSecret.Length > 0;

    /// <summary>
    /// Keeps the authentication middleware off every path but the browser's (decision 138). A WebApplication adds
    /// <c>UseAuthentication</c> in front of the whole pipeline whenever authentication services are registered and the
    /// app has not called it itself; the browser paths call it in their own branch, which the WebApplication cannot
    /// see, so it added a second one that ran the cookie and OpenID Connect handlers for every <c>/api/messages</c>
    /// activity (and it does the same for <c>UseAuthorization</c> once authorization is registered). Setting the markers
    /// the WebApplication looks for (the ones those calls set themselves) tells it the app has placed both where it wants them.
    /// </summary>
    public static IApplicationBuilder AuthenticateBrowserPathsOnly(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Properties[AuthenticationMiddlewareSetKey] = true;
        app.Properties[AuthorizationMiddlewareSetKey] = true;
        return app;
    }

    /// <summary>
    /// Registers both schemes; which one /signin challenges is <see cref="BrowserSignInMode"/>, read from the options
    /// when first needed (test hosts add configuration after Program.cs has registered its services).
    /// </summary>
    public static IServiceCollection AddBrowserSignIn(this IServiceCollection services)
    {
        services.AddOptions<BrowserSignInOptions>().BindConfiguration(BrowserSignInOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BrowserSignInOptions>>(provider =>
            new BrowserSignInValidator(provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>().EnvironmentName));
        services.TryAddSingleton(provider => BrowserSignInMode.From(
            provider.GetRequiredService<IOptions<BrowserSignInOptions>>().Value,
            provider.GetRequiredService<IOptions<TeamsOptions>>().Value,
            provider.GetRequiredService<IHostEnvironment>()));
        services.TryAddSingleton<BrowserPages>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, BrowserSignInEndpoints>());

        services.AddAuthentication(CookieScheme)
            .AddCookie(CookieScheme)
            .AddOpenIdConnect(OidcScheme, _ => { });
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme).Configure<BrowserSignInMode, IOptions<BrowserSignInOptions>>((options, mode, browser) =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.Path = "/";
            // Not persistent (the cookie ends with the browser) and the ticket itself expires, without sliding.
            options.ExpireTimeSpan = browser.Value.SessionLifetime;
            options.SlidingExpiration = false;
            options.LoginPath = mode.Local ? LocalSignInPath : SignInPath;
            options.ReturnUrlParameter = "returnUrl";
            options.Events.OnValidatePrincipal = BrowserSessionEvents.ValidatePrincipalAsync;
        });
        services.AddOptions<OpenIdConnectOptions>(OidcScheme).Configure<BrowserSignInMode, IOptions<TeamsOptions>>((options, mode, teams) =>
        {
            if (mode.Entra)
            {
                EntraSignIn.Configure(options, teams.Value);
            }
            else
            {
                EntraSignIn.ConfigureUnused(options);
            }
        });

        services.AddAntiforgery(options =>
        {
            options.FormFieldName = AntiforgeryField;
            options.HeaderName = null;
        });
        services.AddOptions<AntiforgeryOptions>().Configure<IHostEnvironment>((options, environment) =>
        {
            // Development may run on plain http://localhost (scripts/run.sh), where antiforgery refuses a Secure-only
            // cookie outright, and a __Host- cookie must be Secure; everywhere else it is Secure like the session's.
            // Outside Development the workspace's forms also post from the Teams/Outlook tab, a cross-site iframe that
            // never sends a SameSite=Strict or Lax cookie (decision 139): SameSite=None and Partitioned (kept in the
            // framing host's jar). The pairing with the form's token is what refuses a forged post, not SameSite.
            var development = environment.IsDevelopment();
            options.Cookie.Name = development ? "compliancebot-af" : AntiforgeryCookieName;
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.SameSite = development ? SameSiteMode.Strict : SameSiteMode.None;
            if (!development)
            {
                options.Cookie.Extensions.Add("Partitioned");
            }
        });
        return services;
    }
}
