using ComplianceBot.Bot.Channel;
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

    /// <summary>The tenant a session must belong to: Teams:TenantId; in Development without one, a fixed local name.</summary>
    public static string TenantOf(TeamsOptions teams) =>
        string.IsNullOrWhiteSpace(teams?.TenantId) ? "development" : teams.TenantId.Trim();

    /// <summary>Entra sign-in needs the app, its tenant and a secret to redeem the code.</summary>
    public static bool HasEntraCredentials(TeamsOptions teams) =>
        teams is not null && teams.AppId.Length > 0 && teams.TenantId.Length > 0 && teams.ClientSecret.Length > 0;

    public static IServiceCollection AddBrowserSignIn(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddOptions<BrowserSignInOptions>().BindConfiguration(BrowserSignInOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BrowserSignInOptions>>(new BrowserSignInValidator(configuration, environment.EnvironmentName));
        var teams = configuration.GetSection(TeamsOptions.SectionName).Get<TeamsOptions>() ?? new TeamsOptions();
        var local = environment.IsDevelopment() && configuration.GetValue<bool>($"{BrowserSignInOptions.SectionName}:{nameof(BrowserSignInOptions.DangerouslyAllowLocalSignIn)}");
        var entra = !local && HasEntraCredentials(teams);
        services.TryAddSingleton(new BrowserSignInMode(local, entra, TenantOf(teams)));
        services.TryAddSingleton<BrowserPages>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, BrowserSignInEndpoints>());
        var authentication = services.AddAuthentication(options =>
        {
            options.DefaultScheme = CookieScheme;
            options.DefaultChallengeScheme = entra ? OidcScheme : CookieScheme;
        });
        authentication.AddCookie(CookieScheme, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.Path = "/";
            options.SlidingExpiration = false;
            options.LoginPath = local ? LocalSignInPath : SignInPath;
            options.ReturnUrlParameter = "returnUrl";
            options.Events.OnValidatePrincipal = BrowserSessionEvents.ValidatePrincipalAsync;
        });
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme)
            .Configure<IOptions<BrowserSignInOptions>>((cookie, browser) => cookie.ExpireTimeSpan = browser.Value.SessionLifetime);
        if (entra)
        {
            authentication.AddOpenIdConnect(OidcScheme, options => EntraSignIn.Configure(options, teams));
        }

        services.AddAntiforgery(options =>
        {
            // A __Host- cookie must be Secure, which Development over plain http cannot be (below).
            options.Cookie.Name = environment.IsDevelopment() ? "compliancebot-af" : AntiforgeryCookieName;
            options.FormFieldName = AntiforgeryField;
            options.HeaderName = null;
            options.Cookie.SameSite = SameSiteMode.Strict;
            // Development may run on plain http://localhost (scripts/run.sh), where antiforgery refuses a Secure-only
            // cookie outright; everywhere else it is Secure like the session cookie.
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        return services;
    }
}
