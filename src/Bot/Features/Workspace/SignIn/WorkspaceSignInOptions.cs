namespace ComplianceBot.Bot.Features.Workspace.SignIn;

/// <summary>
/// The <c>Workspace</c> section's sign-in settings (decision 139): the personal tab in Teams, Outlook and the
/// Microsoft 365 app signs in with the Teams single sign-on token, an access token for the bot's own app registration.
/// </summary>
public sealed class WorkspaceSignInOptions
{
    public const string SectionName = "Workspace";

    /// <summary>
    /// The tab's sign-in (<c>/workspace/tab</c>, <c>POST /workspace/session</c>). Off: both answer 404 and the
    /// workspace is reached only with the browser's sign-in (decision 122).
    /// </summary>
    public bool TeamsTab { get; set; } = true;

    /// <summary>
    /// The app id URI the manifest's <c>webApplicationInfo.resource</c> names, <c>api://{domain}/{appId}</c>. Empty:
    /// made from Declarations:PublicBaseUrl's host and Teams:AppId (what infra/README.md registers).
    /// </summary>
    public string AppIdUri { get; set; } = "";

    /// <summary>
    /// The tenant's OpenID metadata, whose keys must have signed the token. Empty: Entra's document for
    /// Teams:TenantId (<c>https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration</c>).
    /// Tests point it at a local issuer.
    /// </summary>
    public string OpenIdMetadataUrl { get; set; } = "";

    /// <summary>The scope the token must carry (the one the app registration exposes).</summary>
    public const string Scope = "access_as_user";

    public static string EntraMetadataUrl(string tenantId) =>
        $"https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration";

    /// <summary>The configured app id URI, else <c>api://{host of the public address}/{appId}</c>; empty when neither is known.</summary>
    public string EffectiveAppIdUri(string appId, Uri? publicBaseUrl) =>
        AppIdUri.Trim() is { Length: > 0 } configured ? configured
            : appId.Length > 0 && publicBaseUrl is not null ? $"api://{publicBaseUrl.Authority}/{appId}"
            : "";
}
