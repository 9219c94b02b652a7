using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Features.Declarations;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ComplianceBot.Bot.Browser;

/// <summary>
/// Entra OpenID Connect with the bot's app registration: authorization code with PKCE, answered by form_post to
/// <c>{PublicBaseUrl}/signin-oidc</c>, the code redeemed with Teams:ClientSecret at the tenant's v2.0 authority.
/// The ID token's issuer is the tenant's; the session keeps its <c>oid</c> and <c>tid</c> only and is refused
/// when <c>tid</c> is not Teams:TenantId. No access token is kept: the app calls nothing as the user.
/// </summary>
internal static class EntraSignIn
{
    public static string Authority(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    public static void Configure(OpenIdConnectOptions options, TeamsOptions teams)
    {
        var tenant = teams.TenantId.Trim();
        options.Authority = Authority(tenant);
        options.ClientId = teams.AppId;
        options.ClientSecret = teams.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = OpenIdConnectResponseMode.FormPost;
        options.UsePkce = true;
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("profile");
        options.MapInboundClaims = false;
        options.SaveTokens = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.CallbackPath = BrowserSignIn.CallbackPath;
        options.SignedOutCallbackPath = BrowserSignIn.SignedOutCallbackPath;
        options.SignInScheme = BrowserSignIn.CookieScheme;
        options.TokenValidationParameters.NameClaimType = BrowserIdentity.NameClaim;
        options.CorrelationCookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.Always;
        options.NonceCookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.Always;
        options.Events.OnRedirectToIdentityProvider = context =>
        {
            context.ProtocolMessage.RedirectUri = PublicUrl(context.HttpContext, BrowserSignIn.CallbackPath) ?? context.ProtocolMessage.RedirectUri;
            // After a refusal ("another officer's link") the person must be able to choose another account.
            context.ProtocolMessage.Prompt = "select_account";
            return Task.CompletedTask;
        };
        options.Events.OnRedirectToIdentityProviderForSignOut = context =>
        {
            context.ProtocolMessage.PostLogoutRedirectUri = PublicUrl(context.HttpContext, BrowserSignIn.SignedOutCallbackPath) ?? context.ProtocolMessage.PostLogoutRedirectUri;
            return Task.CompletedTask;
        };
        options.Events.OnTokenValidated = context =>
        {
            // Roles are never read from the token; only who (oid) and which organisation (tid) it is.
            var session = BrowserIdentity.FromToken(context.Principal, tenant);
            if (session is null)
            {
                context.Fail("The ID token has no oid or another tenant's tid.");
                return Task.CompletedTask;
            }

            context.Principal = session;
            return Task.CompletedTask;
        };
        options.Events.OnRemoteFailure = async context =>
        {
            context.HandleResponse();
            var pages = context.HttpContext.RequestServices.GetRequiredService<BrowserPages>();
            await pages.WriteMessageAsync(context.HttpContext, StatusCodes.Status403Forbidden, "SignIn_Refused", withSignIn: true);
        };
    }

    /// <summary>
    /// Without Entra credentials (Development) the scheme is still registered but never challenged; a static, empty
    /// configuration keeps it from fetching metadata, and a stray callback fails like any forged one.
    /// </summary>
    public static void ConfigureUnused(OpenIdConnectOptions options)
    {
        options.ClientId = "not-configured";
        options.Configuration = new OpenIdConnectConfiguration();
        options.CallbackPath = BrowserSignIn.CallbackPath;
        options.SignedOutCallbackPath = BrowserSignIn.SignedOutCallbackPath;
        options.SignInScheme = BrowserSignIn.CookieScheme;
        options.Events.OnRemoteFailure = async context =>
        {
            context.HandleResponse();
            await context.HttpContext.RequestServices.GetRequiredService<BrowserPages>()
                .WriteMessageAsync(context.HttpContext, StatusCodes.Status403Forbidden, "SignIn_Refused", withSignIn: true);
        };
    }

    /// <summary>Behind App Service's front end the request's own host and scheme are not the public ones.</summary>
    private static string? PublicUrl(HttpContext http, string path) =>
        http.RequestServices.GetRequiredService<IOptions<DeclarationOptions>>().Value.PublicBaseUrl is { } baseUrl
            ? new Uri(baseUrl, path).ToString()
            : null;
}
