using System.Security.Claims;
using ComplianceBot.Bot.Browser;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Features.Declarations;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceBot.Bot.Features.Workspace.SignIn;

/// <summary>
/// Checks the token <c>authentication.getAuthToken()</c> gives the tab (decision 139): an Entra access token for the
/// bot's app id URI, issued by the bot's tenant (v2.0, or v1.0 when the registration keeps the default token version),
/// signed with a key of the tenant's OpenID metadata, within its lifetime, for the audience <c>api://{domain}/{appId}</c>
/// (v1.0) or the app id (v2.0), delegated with the scope <c>access_as_user</c>, of the bot's tenant (<c>tid</c>) and
/// naming a person (<c>oid</c>). A Bot Framework channel token fails on its issuer and key; an app-only token has no
/// <c>scp</c>. What is kept is a session principal of oid, tid and name only (<see cref="BrowserIdentity"/>).
/// </summary>
internal sealed class TeamsSsoTokens
{
    public const string HttpClientName = "Workspace.SignIn";

    private readonly IOptions<WorkspaceSignInOptions> options;
    private readonly IOptions<TeamsOptions> teams;
    private readonly IOptions<DeclarationOptions> declarations;
    private readonly BrowserSignInMode mode;
    private readonly ILogger<TeamsSsoTokens> logger;
    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>> metadata;
    private readonly JsonWebTokenHandler handler = new();

    public TeamsSsoTokens(
        IHttpClientFactory clients,
        IOptions<WorkspaceSignInOptions> options,
        IOptions<TeamsOptions> teams,
        IOptions<DeclarationOptions> declarations,
        BrowserSignInMode mode,
        ILogger<TeamsSsoTokens> logger)
    {
        this.options = options;
        this.teams = teams;
        this.declarations = declarations;
        this.mode = mode;
        this.logger = logger;
        metadata = new(() => new ConfigurationManager<OpenIdConnectConfiguration>(
            MetadataUrl,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(clients.CreateClient(HttpClientName)) { RequireHttps = teams.Value.RequireHttpsMetadata }));
    }

    /// <summary>The tab's sign-in is on and the app id URI is known (Teams:AppId and a public address, or Workspace:AppIdUri).</summary>
    public bool Enabled => options.Value.TeamsTab && AppIdUri.Length > 0 && teams.Value.AppId.Length > 0;

    /// <summary>Workspace:TeamsTab, whether the tab is on at all (decision 147: its page shows in Development without SSO).</summary>
    public bool TabOn => options.Value.TeamsTab;

    private string AppIdUri => options.Value.EffectiveAppIdUri(teams.Value.AppId, declarations.Value.PublicBaseUrl);

    private string MetadataUrl => options.Value.OpenIdMetadataUrl.Trim() is { Length: > 0 } url ? url : WorkspaceSignInOptions.EntraMetadataUrl(mode.TenantId);

    /// <summary>The session principal for a valid <c>Authorization: Bearer</c> header, else null (the reason is logged, never the token).</summary>
    public async Task<ClaimsPrincipal?> ValidateAsync(string? authorization, CancellationToken ct)
    {
        const string prefix = "Bearer ";
        if (!Enabled || authorization is null || !authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            WorkspaceSignInLog.TokenRefused(logger, "no bearer token");
            return null;
        }

        var token = authorization[prefix.Length..].Trim();
        var result = await ValidateSignedAsync(token, ct);
        if (!result.IsValid)
        {
            var reason = result.Exception is { } exception ? exception.GetType().Name : "invalid token";
            WorkspaceSignInLog.TokenRefused(logger, reason);
            return null;
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        var refusal = Refusal(jwt);
        if (refusal is not null)
        {
            WorkspaceSignInLog.TokenRefused(logger, refusal);
            return null;
        }

        return BrowserIdentity.Create(Claim(jwt, "oid"), Claim(jwt, "tid"), Claim(jwt, "name"), mode.TenantId);
    }

    private async Task<TokenValidationResult> ValidateSignedAsync(string token, CancellationToken ct)
    {
        var result = await handler.ValidateTokenAsync(token, await ParametersAsync(ct));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Entra rolls its keys: look at the metadata again (the manager limits how often) and try once more.
            metadata.Value.RequestRefresh();
            result = await handler.ValidateTokenAsync(token, await ParametersAsync(ct));
        }

        return result;
    }

    private async Task<TokenValidationParameters> ParametersAsync(CancellationToken ct)
    {
        var configuration = await metadata.Value.GetConfigurationAsync(ct);
        var tenant = mode.TenantId;
        return new TokenValidationParameters
        {
            ValidIssuers = [$"https://login.microsoftonline.com/{tenant}/v2.0", $"https://sts.windows.net/{tenant}/"],
            ValidAudiences = [AppIdUri, teams.Value.AppId],
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateIssuerSigningKey = true,
            TryAllIssuerSigningKeys = false,
            ClockSkew = TimeSpan.FromMinutes(2),
        };
    }

    /// <summary>What a correctly signed token of the tenant may still lack; null when it opens the workspace.</summary>
    private string? Refusal(JsonWebToken jwt)
    {
        var scopes = Claim(jwt, "scp")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (!scopes.Contains(WorkspaceSignInOptions.Scope, StringComparer.Ordinal))
        {
            return "no access_as_user scope (scp)";
        }

        if (!string.Equals(Claim(jwt, "tid"), mode.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return "another tenant (tid)";
        }

        return string.IsNullOrWhiteSpace(Claim(jwt, "oid")) ? "no object id (oid)" : null;
    }

    private static string? Claim(JsonWebToken jwt, string name) =>
        jwt.TryGetPayloadValue<string>(name, out var value) ? value : null;
}
